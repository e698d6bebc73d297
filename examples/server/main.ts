/**
 * npm run example:server [-- <catalog.json>]: serves the demo errors on http://localhost:8080.
 * The catalog export comes from a build (build/errors/catalog.json) or from
 * `error-catalog export json catalog --out catalog.json`.
 */
import {readFileSync} from 'node:fs';
import {createServer} from './server';

const file = process.argv[2] ?? 'build/errors/catalog.json';
const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development';
const port = Number(process.env.PORT ?? 8080);
createServer(JSON.parse(readFileSync(file, 'utf8')), mode).listen(port, '127.0.0.1', () => {
  console.log(`${mode} error server on http://127.0.0.1:${port}/demo/errors/5000?retry_after=30 (catalog: ${file})`);
});
