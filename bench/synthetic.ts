/**
 * A deterministic synthetic error catalog: N codes across categories, with
 * realistic field sizes, every locale filled in, and symptom guides. The same
 * seed gives the same catalog, byte for byte.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';
import {readCatalog, updatedLock, type FlowStep, type GuideFrontMatter} from '../plugins/docusaurus-plugin-error-catalog/src/model';

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
  en: 'request token session workflow quota limit upstream provider cache database stream field value payload schema header retry window tenant project region deployment'.split(
    ' ',
  ),
  es: 'solicitud token sesión flujo cuota límite proveedor caché base datos flujo campo valor carga esquema encabezado reintento ventana inquilino proyecto región'.split(
    ' ',
  ),
  fr: 'requête jeton session workflow quota limite fournisseur cache base données flux champ valeur charge schéma en-tête tentative fenêtre locataire projet région'.split(
    ' ',
  ),
  de: 'Anfrage Token Sitzung Workflow Kontingent Limit Anbieter Cache Datenbank Stream Feld Wert Nutzlast Schema Header Wiederholung Fenster Mandant Projekt Region'.split(
    ' ',
  ),
  ja: 'リクエスト トークン セッション ワークフロー クォータ 制限 プロバイダー キャッシュ データベース ストリーム フィールド 値 ペイロード スキーマ ヘッダー 再試行 ウィンドウ テナント プロジェクト リージョン'.split(
    ' ',
  ),
  zh: '请求 令牌 会话 工作流 配额 限制 提供方 缓存 数据库 流 字段 值 负载 模式 标头 重试 窗口 租户 项目 区域'.split(' '),
};
const locales = Object.keys(vocabulary);
const japaneseParticles = ['の', 'を', 'が', 'で', 'に', 'と'];
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

/** What a guide needs to know of a code. */
interface GuideCode {
  code: number;
  name: string;
  /** The message as a client sees it, placeholder filled in. */
  symptom: string;
}

/** Writes a catalog directory (catalog.yaml, categories/, locales/, guides/, urls.lock.json) into `dir`. */
export async function writeSyntheticCatalog(dir: string, {codes, seed, perCategory = 500}: SyntheticOptions): Promise<void> {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const words = (locale: string, n: number) => {
    const list = Array.from({length: n}, () => pick(vocabulary[locale]!));
    if (locale === 'zh') return list.join('');
    // Japanese puts particles between nouns. Nouns run together make katakana runs no one writes, which cost
    // Pagefind's Japanese segmenter three times as much per character as the same words with particles.
    if (locale === 'ja')
      return list.map((word, i) => (i === 0 ? word : `${japaneseParticles[i % japaneseParticles.length]}${word}`)).join('');
    return list.join(' ');
  };
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
  const guideCodes: GuideCode[] = [];
  const categoryCount = Math.ceil(codes / perCategory);
  // Each category's range holds its codes: 1,000 wide, or wider for bigger categories.
  const rangeWidth = Math.ceil(perCategory / 1000) * 1000;
  for (let c = 0; c < categoryCount; c++) {
    const id = `area-${String(c + 1).padStart(3, '0')}`;
    const min = 10000 + c * rangeWidth;
    const entries = [];
    for (let i = 0; i < Math.min(perCategory, codes - c * perCategory); i++) {
      const code = min + i;
      const withParam = rand() < 0.3;
      // Real messages name the thing that failed; a made-up term per code plays that part in every language.
      const term = Array.from({length: 3}, () => pick(syllables)).join('');
      const message = (l: string) => `${sentence(l, 4).slice(0, -1)} ${term}${withParam ? ` {limit}` : ''}`;
      const status = pick(statuses)[0];
      const entry = {
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
      };
      entries.push(entry);
      guideCodes.push({code, name: entry.name, symptom: entry.message.replace('{limit}', '100')});
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
      stringify({
        category: {id, title: `Area ${c + 1}`, description: sentence('en', 20), range: {min, max: min + rangeWidth - 1}},
        codes: entries,
      }),
    );
  }
  for (const [locale, data] of Object.entries(translations)) {
    const statusTexts = Object.fromEntries(
      statuses.map(([status]) => [
        String(status),
        {meaning: sentence(locale, 6), description: sentence(locale, 18), troubleshooting: [sentence(locale, 10), sentence(locale, 12)]},
      ]),
    );
    await fs.writeFile(path.join(dir, 'locales', `${locale}.yaml`), stringify({locale, ...data, statuses: statusTexts}));
  }

  /**
   * A main path of do and ask steps to a final end, as the real guides have.
   * An ask branches off to an end of its own or back to an earlier step (a
   * retry loop), so every step stays reachable and every path ends.
   */
  const flow = (involved: GuideCode[]): NonNullable<GuideFrontMatter['flow']> => {
    const title = sentence('en', 4).slice(0, -1);
    const count = 6 + Math.floor(rand() * 5);
    const ids = Array.from({length: count}, (_, i) => `${pick(vocabulary.en!)}-${i + 1}`);
    const withCodes = (step: FlowStep): FlowStep =>
      rand() < 0.5 ? {...step, codes: [...new Set([pick(involved).code, pick(involved).code])]} : step;
    const steps: Record<string, FlowStep> = {};
    const passed: string[] = [];
    for (let i = 0; i < count - 1;) {
      const id = ids[i]!;
      if (i + 2 < count && rand() < 0.4) {
        steps[id] = withCodes({ask: `${sentence('en', 6).slice(0, -1)}?`, yes: ids[i + 2]!, no: ids[i + 1]!});
        steps[ids[i + 1]!] = withCodes({end: sentence('en', 5).slice(0, -1)});
        i += 2;
      } else if (passed.length > 0 && rand() < 0.3) {
        steps[id] = withCodes({ask: `${sentence('en', 6).slice(0, -1)}?`, yes: ids[i + 1]!, no: pick(passed)});
        i += 1;
      } else {
        steps[id] = withCodes({do: sentence('en', 6).slice(0, -1), next: ids[i + 1]!});
        i += 1;
      }
      passed.push(id);
    }
    steps[ids[count - 1]!] = withCodes({end: sentence('en', 5).slice(0, -1)});
    return {title, start: ids[0]!, steps};
  };

  // Guides draw from the PRNG last, so the other files of a seed are the same as before guides existed.
  await fs.mkdir(path.join(dir, 'guides'));
  const guideCount = Math.max(1, Math.round(codes / 50));
  for (let g = 1; g <= guideCount; g++) {
    const chosen = new Set<GuideCode>();
    const size = Math.min(3 + Math.floor(rand() * 6), guideCodes.length);
    while (chosen.size < size) chosen.add(pick(guideCodes));
    const involved = [...chosen];
    const symptoms = involved.slice(0, 2 + Math.floor(rand() * 3)).map((c) => c.symptom);
    const front: GuideFrontMatter = {
      title: sentence('en', 6).slice(0, -1),
      summary: `${sentence('en', 20)} ${sentence('en', 14)}`,
      symptoms,
      codes: involved.map((c) => c.code),
      ...(rand() < 0.5 ? {flow: flow(involved)} : {}),
    };
    // Inline code holding a code or a name is what the renderer turns into links.
    const body = [
      `${sentence('en', 18)} ${sentence('en', 14)} ${sentence('en', 12)}`,
      '## What you see',
      `${sentence('en', 12)} The message reads "${symptoms[0]}". ${sentence('en', 16)}`,
      '## Why it happens',
      involved.map((c) => `- **${sentence('en', 4)}** ${sentence('en', 14)} See \`${c.name}\` (\`${c.code}\`).`).join('\n'),
      '## Fix it',
      `${sentence('en', 16)} ${sentence('en', 12)} For \`${involved[0]!.code}\`, ${words('en', 10)}.`,
    ].join('\n\n');
    const slug = `${words('en', 2).replace(' ', '-')}-${g}`;
    await fs.writeFile(path.join(dir, 'guides', `${slug}.md`), `---\n${stringify(front)}---\n\n${body}\n`);
  }

  const {catalog, diagnostics} = await readCatalog(dir, {updatingLock: true});
  if (!catalog) throw new Error(`The synthetic catalog is invalid:\n${diagnostics.map((d) => d.message).join('\n')}`);
  await fs.writeFile(path.join(dir, 'urls.lock.json'), `${JSON.stringify(updatedLock(catalog, undefined), null, 2)}\n`);
}
