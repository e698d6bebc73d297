/** A catalog may have no envelope: its codes are not sent over HTTP, and nothing in it may describe an HTTP response. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {refusedCatalogErrors} from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'without-http-'));
});
afterAll(async () => {
  await fs.rm(dir, {recursive: true, force: true});
});

const errors = (name: string, root: string, codes: string) => refusedCatalogErrors(path.join(dir, name), root, codes);

describe('a catalog without an envelope', () => {
  it('refuses every HTTP fact, and a severity it does not declare, each at its field', async () => {
    expect(
      await errors(
        'http-facts',
        `product: {name: Db}
severities:
  error: {title: Error}
statuses:
  "400": {title: Bad Request}
headers:
  - {name: X-Request-Id, description: The request, example: r-1}
`,
        `  - code: "22012"
    title: Division by zero
    message: Division by zero
    severity: error
    status: 400
  - code: "01000"
    title: Warning
    message: A warning
    severity: warn
    headers:
      - {name: Retry-After, description: Seconds, example: 5}
    example:
      details: {row: 3}
`,
      ),
    ).toEqual([
      'catalog.yaml:5:3 error statuses: applies only to codes with a status: catalog.yaml has no envelope and no transport',
      'catalog.yaml:7:3 error headers: applies only to codes sent over HTTP: catalog.yaml has no envelope',
      'errors.yaml:7:13 error codes[0].status: applies only to codes with a status: catalog.yaml has no envelope and no transport',
      'errors.yaml:11:15 error codes[1].severity: severity "warn" is not declared under severities in catalog.yaml (declared: error)',
      'errors.yaml:13:7 error codes[1].headers: applies only to codes sent over HTTP: catalog.yaml has no envelope',
      'errors.yaml:15:7 error codes[1].example: applies only to codes sent over HTTP: catalog.yaml has no envelope',
    ]);
  });
});

describe('a catalog with an envelope', () => {
  it('needs an HTTP status on every code', async () => {
    expect(
      await errors(
        'no-status',
        `product: {name: Api}
envelope: {format: nested}
statuses:
  "400": {title: Bad Request}
`,
        `  - code: bad_input
    title: Bad input
    message: Bad input
`,
      ),
    ).toEqual([
      'errors.yaml:3:5 error codes[0]: field "status" is required: catalog.yaml has an envelope, so the code is sent with an HTTP status',
    ]);
  });
});
