/** A built site served on loopback the way a static host serves it, and Debian's Chromium to drive it. */
import {existsSync, readFileSync, statSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser} from 'playwright-core';
import handler from 'serve-handler';

/**
 * What a host serves for an unknown path: `root`, the site's /404.html (GitHub Pages, `docusaurus serve`); `nearest`,
 * the 404.html closest above the path (Cloudflare Pages).
 */
export type NotFoundRule = 'root' | 'nearest';

/** The nearest 404.html above an unknown path, or undefined when the path names a file of the build. */
function nearestNotFound(outDir: string, pathname: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(pathname));
  if (
    !file.startsWith(outDir) ||
    [file, `${file}.html`, path.join(file, 'index.html')].some((f) => existsSync(f) && statSync(f).isFile())
  ) {
    return undefined;
  }
  for (let dir = path.dirname(file); dir.startsWith(outDir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '404.html'))) return path.join(dir, '404.html');
  }
  return undefined;
}

export async function serveSite(outDir: string, notFound: NotFoundRule = 'root'): Promise<{url: string; close: () => Promise<void>}> {
  // cleanUrls: /errors/5000 serves errors/5000.html; unknown paths get 404.html, as on a static host.
  const server = http.createServer((req, res) => {
    const page = notFound === 'nearest' ? nearestNotFound(outDir, new URL(req.url!, 'http://host').pathname) : undefined;
    if (page) {
      res.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
      res.end(readFileSync(page));
      return;
    }
    void handler(req, res, {public: outDir, cleanUrls: true, trailingSlash: false});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
