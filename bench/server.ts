/**
 * A bounded load test of the example server on loopback: valid requests for every demo code mixed with hostile ones
 * (malformed percent-encoding, unknown codes, bad and prototype-named query values, junk headers), against a baseline
 * server that answers every request with one fixed JSON body, run side by side. Reports throughput, the answers by
 * status, crashes and the server's memory over the run.
 * Run: npm run bench:server [-- --seconds 20]   (each server runs for that long; at most 30)
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {promises as fs, readFileSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {catalogExport, createMarkdownRenderer, loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {arg, root} from './run';

const seconds = Math.min(30, Number(arg('seconds', '20')));
const concurrency = 16;
/** A hard bound besides the time: the run stops after this many requests per server. */
const maxRequests = 2_000_000;

interface Request {
  path: string;
  headers: Record<string, string>;
}

function requestMix(codes: {code: string | number; params: Record<string, {type: string}>}[]): Request[] {
  const valid = codes.map((c) => ({
    path: `/demo/errors/${encodeURIComponent(String(c.code))}?${new URLSearchParams(
      Object.entries(c.params).map(([name, p]) => [name, p.type === 'number' ? '30' : 'x']),
    )}`,
    headers: {'accept-language': 'ja, de;q=0.5'},
  }));
  const hostile = [
    '/demo/errors/%E0%A4%A',
    '/demo/errors/%',
    '/demo/errors/%00',
    '/demo/errors/constructor',
    '/demo/errors/__proto__',
    '/demo/errors/5000?retry_after=NaN',
    '/demo/errors/5000?retry_after=1e999',
    '/demo/errors/5000?retry_after=30%0D%0ASet-Cookie:%20a=b',
    '/demo/errors/5000?retry_after=30&toString=1',
    `/demo/errors/${'9'.repeat(4000)}`,
    `/demo/errors/5000?${'a=1&'.repeat(500)}`,
  ].map((p) => ({path: p, headers: {'accept-language': ';;q=abc,*;q=-1', 'x-request-id': '\u00ff'.repeat(100)}}));
  // Four valid requests to one hostile one.
  return [...valid, ...valid, ...valid, ...valid, ...hostile.flatMap((h) => [h, h, h])];
}

interface RunResult {
  requests: number;
  perSecond: number;
  statuses: Map<number, number>;
  transportErrors: number;
  crashed: boolean;
  rssStartMb: number;
  rssMidMb: number;
  rssEndMb: number;
  rssMaxMb: number;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Each server runs with a small old-space limit: a leak then ends in a crash within the run, which counts, while
 * memory a server merely has not collected yet does not.
 */
const heapLimitMb = 64;

async function startServer(args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [`--max-old-space-size=${heapLimitMb}`, ...args], {
    cwd: root,
    env: {...process.env, PORT: String(port), NODE_ENV: 'production'},
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return child;
}

async function load(child: ChildProcess, port: number, mix: Request[]): Promise<RunResult> {
  const agent = new http.Agent({keepAlive: true, maxSockets: concurrency});
  const statuses = new Map<number, number>();
  let [requests, transportErrors, crashed] = [0, 0, false];
  child.once('exit', () => (crashed = true));
  const rss: number[] = [];
  const sampler = setInterval(() => !crashed && rss.push(rssMb(child.pid!)), 1000);
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const one = (r: Request) =>
    new Promise<void>((resolve) => {
      const req = http.request({host: '127.0.0.1', port, path: r.path, headers: r.headers, agent}, (res) => {
        statuses.set(res.statusCode!, (statuses.get(res.statusCode!) ?? 0) + 1);
        res.resume().on('end', resolve);
      });
      req.on('error', () => {
        transportErrors++;
        resolve();
      });
      req.end();
    });
  await Promise.all(
    Array.from({length: concurrency}, async (_, worker) => {
      for (let i = worker; performance.now() < deadline && requests < maxRequests && !crashed; i += concurrency) {
        requests++;
        await one(mix[i % mix.length]!);
      }
    }),
  );
  clearInterval(sampler);
  agent.destroy();
  const elapsed = (performance.now() - start) / 1000;
  return {
    requests,
    perSecond: requests / elapsed,
    statuses,
    transportErrors,
    crashed,
    rssStartMb: rss[Math.min(4, rss.length - 1)] ?? 0,
    rssMidMb: rss[Math.floor(rss.length / 2)] ?? 0,
    rssEndMb: rss.at(-1) ?? 0,
    rssMaxMb: Math.max(0, ...rss),
  };
}

async function main(): Promise<void> {
  const exported = catalogExport(await loadCatalog(path.join(root, 'catalog')), await createMarkdownRenderer());
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-server-'));
  const catalogFile = path.join(dir, 'catalog.json');
  await fs.writeFile(catalogFile, JSON.stringify(exported));
  const body = JSON.stringify({error: {code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded'}});
  const baselineScript = path.join(dir, 'baseline.cjs');
  await fs.writeFile(
    baselineScript,
    `require('node:http').createServer((req, res) => res.writeHead(429, {'Content-Type': 'application/json'}).end(${JSON.stringify(body)}))` +
      `.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));\n`,
  );
  const mix = requestMix(exported.codes);
  const jiti = path.join(root, 'node_modules/jiti/lib/jiti-cli.mjs');
  const runs: [string, string[]][] = [
    ['baseline: fixed JSON body', [baselineScript]],
    ['example server (production)', [jiti, path.join(root, 'examples/server/main.ts'), catalogFile]],
  ];
  const results: [string, RunResult][] = [];
  for (const [i, [name, args]] of runs.entries()) {
    const port = 18_080 + i;
    const child = await startServer(args, port);
    try {
      results.push([name, await load(child, port, mix)]);
    } finally {
      child.kill();
    }
  }
  await fs.rm(dir, {recursive: true, force: true});
  const base = results[0]![1];
  console.log(
    `\n${seconds} s per server, ${concurrency} connections, ${mix.length} requests in the mix, old space limited to ${heapLimitMb} MB (${os.cpus().length} cores)\n`,
  );
  console.log(
    '| server | requests | per second | vs baseline | answers by status | transport errors | crashed | RSS at 5 s → half time → end (max), MB |',
  );
  console.log('| --- | ---: | ---: | ---: | --- | ---: | --- | --- |');
  for (const [name, r] of results) {
    const statuses = [...r.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.log(
      `| ${name} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / base.perSecond).toFixed(2)}× | ${statuses} | ` +
        `${r.transportErrors} | ${r.crashed ? 'yes' : 'no'} | ${r.rssStartMb.toFixed(0)} → ${r.rssMidMb.toFixed(0)} → ${r.rssEndMb.toFixed(0)} (${r.rssMaxMb.toFixed(0)}) |`,
    );
  }
  const server = results[1]![1];
  // Both servers answer faster than one client process can ask on two cores: the ratio bounds the server's cost from below.
  if (server.crashed || server.transportErrors > 0) process.exitCode = 1;
}

void main();
