/** A built site served on loopback the way a static host serves it, and Debian's Chromium to drive it. */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser} from 'playwright-core';
import handler from 'serve-handler';

export async function serveSite(outDir: string): Promise<{url: string; close: () => Promise<void>}> {
  // cleanUrls: /errors/5000 serves errors/5000.html; unknown paths get 404.html, as on a static host.
  const server = http.createServer((req, res) => void handler(req, res, {public: outDir, cleanUrls: true, trailingSlash: false}));
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
