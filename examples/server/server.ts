/**
 * A minimal API server that answers with the catalog's errors through the
 * runtime helper: GET /demo/errors/<code>?<param>=<value> returns exactly the
 * response the API sends for that code, localized by Accept-Language.
 */
import http from 'node:http';
import {
  createErrorResponder,
  ErrorCatalogMisuse,
  type CatalogExport,
  type Mode,
  type ParamValue,
} from 'docusaurus-plugin-error-catalog/runtime';

export function createServer(catalog: CatalogExport, mode: Mode): http.Server {
  const errors = createErrorResponder(catalog, {mode, onMisuse: (error) => console.error(error.message)});
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/demo\/errors\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      res.writeHead(404, {'Content-Type': 'text/plain'}).end('Try GET /demo/errors/5000?retry_after=30\n');
      return;
    }
    const raw = decodeURIComponent(match[1]!);
    const code = /^\d+$/.test(raw) ? Number(raw) : raw;
    const params: Record<string, ParamValue> = {};
    for (const [name, value] of url.searchParams) params[name] = value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
    try {
      const response = errors.respond(code, params, {
        acceptLanguage: req.headers['accept-language'],
        requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined,
      });
      res.writeHead(response.status, response.headers).end(JSON.stringify(response.body));
    } catch (error) {
      // Development only: production answers a wrong call with a generic 500 instead of throwing.
      if (!(error instanceof ErrorCatalogMisuse)) throw error;
      res.writeHead(500, {'Content-Type': 'text/plain'}).end(`${error.message}\n`);
    }
  });
}
