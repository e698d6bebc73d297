/**
 * A deterministic synthetic error catalog: N codes across categories, with
 * realistic field sizes, every locale filled in. The same seed gives the same
 * catalog, byte for byte.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';
import {readCatalog, updatedLock} from '../plugins/docusaurus-plugin-error-catalog/src/model';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary: Record<string, string[]> = {
  en: 'request token session workflow quota limit upstream provider cache database stream field value payload schema header retry window tenant project region deployment'.split(' '),
  es: 'solicitud token sesión flujo cuota límite proveedor caché base datos flujo campo valor carga esquema encabezado reintento ventana inquilino proyecto región'.split(' '),
  fr: 'requête jeton session workflow quota limite fournisseur cache base données flux champ valeur charge schéma en-tête tentative fenêtre locataire projet région'.split(' '),
  de: 'Anfrage Token Sitzung Workflow Kontingent Limit Anbieter Cache Datenbank Stream Feld Wert Nutzlast Schema Header Wiederholung Fenster Mandant Projekt Region'.split(' '),
  ja: 'リクエスト トークン セッション ワークフロー クォータ 制限 プロバイダー キャッシュ データベース ストリーム フィールド 値 ペイロード スキーマ ヘッダー 再試行 ウィンドウ テナント プロジェクト リージョン'.split(' '),
  zh: '请求 令牌 会话 工作流 配额 限制 提供方 缓存 数据库 流 字段 值 负载 模式 标头 重试 窗口 租户 项目 区域'.split(' '),
};
const locales = Object.keys(vocabulary);
const syllables = 'ka ri to me sa lo vi nu pe da go zu fi ha jo ne wa xi yo be'.split(' ');
const statuses: [number, string, string][] = [
  [400, 'Bad Request', 'The request is invalid.'],
  [401, 'Unauthorized', 'No valid credentials.'],
  [403, 'Forbidden', 'Not allowed.'],
  [404, 'Not Found', 'Nothing there.'],
  [409, 'Conflict', 'State conflict.'],
  [422, 'Unprocessable Entity', 'A rule prevents it.'],
  [429, 'Too Many Requests', 'Over a limit.'],
  [500, 'Internal Server Error', 'Failed on our side.'],
  [502, 'Bad Gateway', 'An upstream failed.'],
  [503, 'Service Unavailable', 'Temporarily unavailable.'],
];

export interface SyntheticOptions {
  codes: number;
  seed: number;
  /** Codes per category. */
  perCategory?: number;
}

/** Writes a catalog directory (catalog.yaml, categories/, locales/, urls.lock.json) into `dir`. */
export async function writeSyntheticCatalog(dir: string, {codes, seed, perCategory = 500}: SyntheticOptions): Promise<void> {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const words = (locale: string, n: number) => Array.from({length: n}, () => pick(vocabulary[locale]!)).join(locale === 'ja' || locale === 'zh' ? '' : ' ');
  const sentence = (locale: string, n: number) => {
    const text = words(locale, n);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${locale === 'ja' || locale === 'zh' ? '。' : '.'}`;
  };

  await fs.rm(dir, {recursive: true, force: true});
  await fs.mkdir(path.join(dir, 'categories'), {recursive: true});
  await fs.mkdir(path.join(dir, 'locales'), {recursive: true});
  await fs.writeFile(
    path.join(dir, 'catalog.yaml'),
    stringify({
      product: {name: `Synthetic API (${codes} codes)`, version: '1.0.0'},
      documentation_url: 'https://bench.example.com/errors/{code}',
      envelope: {format: 'nested', code_value: 'name'},
      locales,
      statuses: Object.fromEntries(
        statuses.map(([status, title, meaning]) => [
          String(status),
          {title, meaning, description: sentence('en', 18), troubleshooting: [sentence('en', 10), sentence('en', 12)]},
        ]),
      ),
    }),
  );

  const translations: Record<string, {categories: Record<string, object>; codes: Record<string, object>}> = Object.fromEntries(
    locales.slice(1).map((l) => [l, {categories: {}, codes: {}}]),
  );
  const categoryCount = Math.ceil(codes / perCategory);
  for (let c = 0; c < categoryCount; c++) {
    const id = `area-${String(c + 1).padStart(3, '0')}`;
    const min = 10000 + c * 1000;
    const entries = [];
    for (let i = 0; i < Math.min(perCategory, codes - c * perCategory); i++) {
      const code = min + i;
      const withParam = rand() < 0.3;
      // Real messages name the thing that failed; a made-up term per code plays that part in every language.
      const term = Array.from({length: 3}, () => pick(syllables)).join('');
      const message = (l: string) => `${sentence(l, 4).slice(0, -1)} ${term}${withParam ? ` {limit}` : ''}`;
      const status = pick(statuses)[0];
      entries.push({
        code,
        name: `SYNTH_${words('en', 2).toUpperCase().replace(/\s+/g, '_')}_${code}`,
        title: sentence('en', 4).slice(0, -1),
        status,
        message: message('en'),
        ...(withParam ? {params: {limit: {type: 'number', description: 'The limit that applies.', example: 100}}} : {}),
        description: `${sentence('en', 22)} ${sentence('en', 18)}`,
        expose_details: rand() < 0.5,
        retryable: status >= 500 || status === 429,
        causes: [sentence('en', 14), sentence('en', 12), sentence('en', 16)],
        resolution: [sentence('en', 12), sentence('en', 14), sentence('en', 10)],
        example: {details: {[pick(vocabulary.en!)]: Math.floor(rand() * 1000)}},
        related: i > 0 ? [code - 1] : [],
        lifecycle: {since: '1.0.0'},
      });
      for (const l of locales.slice(1)) {
        translations[l]!.codes[String(code)] = {
          title: sentence(l, 4).slice(0, -1),
          message: message(l),
          description: `${sentence(l, 22)} ${sentence(l, 18)}`,
          causes: [sentence(l, 14), sentence(l, 12), sentence(l, 16)],
          resolution: [sentence(l, 12), sentence(l, 14), sentence(l, 10)],
          ...(withParam ? {params: {limit: sentence(l, 5)}} : {}),
        };
      }
    }
    for (const l of locales.slice(1)) translations[l]!.categories[id] = {title: sentence(l, 3).slice(0, -1), description: sentence(l, 20)};
    await fs.writeFile(
      path.join(dir, 'categories', `${id}.yaml`),
      stringify({category: {id, title: `Area ${c + 1}`, description: sentence('en', 20), range: {min, max: min + 999}}, codes: entries}),
    );
  }
  for (const [locale, data] of Object.entries(translations)) {
    const statusTexts = Object.fromEntries(
      statuses.map(([status]) => [String(status), {meaning: sentence(locale, 6), description: sentence(locale, 18), troubleshooting: [sentence(locale, 10), sentence(locale, 12)]}]),
    );
    await fs.writeFile(path.join(dir, 'locales', `${locale}.yaml`), stringify({locale, ...data, statuses: statusTexts}));
  }

  const {catalog, diagnostics} = await readCatalog(dir, {updatingLock: true});
  if (!catalog) throw new Error(`The synthetic catalog is invalid:\n${diagnostics.map((d) => d.message).join('\n')}`);
  await fs.writeFile(path.join(dir, 'urls.lock.json'), `${JSON.stringify(updatedLock(catalog, undefined), null, 2)}\n`);
}
