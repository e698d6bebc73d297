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
  type ErrorResponse,
  type Mode,
  type ParamValue,
} from 'docusaurus-plugin-error-catalog/runtime';

/** A query value as the parameter's declared type, or undefined when it can't be one. */
function queryValue(type: string, value: string): ParamValue | undefined {
  if (type === 'number') return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : undefined;
  return value;
}

export function createServer(catalog: CatalogExport, mode: Mode): http.Server {
  const errors = createErrorResponder(catalog, {mode, onMisuse: (error) => console.error(error.message)});
  // A request the server can't read is answered in the catalog's own envelope, with its first 400 code that needs no values.
  const badRequestCode = catalog.codes.find((c) => c.status === 400 && Object.keys(c.params).length === 0)?.code;
  const byCode = new Map(catalog.codes.map((c) => [String(c.code), c]));

  return http.createServer((req, res) => {
    const send = (response: ErrorResponse) => res.writeHead(response.status, response.headers).end(JSON.stringify(response.body));
    const options = {
      acceptLanguage: typeof req.headers['accept-language'] === 'string' ? req.headers['accept-language'] : undefined,
      requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined,
    };
    const badRequest = (why: string) => {
      if (badRequestCode === undefined) {
        res.writeHead(400, {'Content-Type': 'text/plain'}).end(`${why}\n`);
      } else {
        send(errors.respond(badRequestCode, {}, {...options, details: {reason: why}}));
      }
    };
    try {
      let url: URL;
      let raw: string;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
        raw = decodeURIComponent(/^\/demo\/errors\/([^/]+)$/.exec(url.pathname)?.[1] ?? '');
      } catch {
        return badRequest('the URL is malformed');
      }
      if (!raw) {
        res.writeHead(404, {'Content-Type': 'text/plain'}).end('Try GET /demo/errors/5000?retry_after=30\n');
        return;
      }
      const entry = byCode.get(raw);
      if (!entry) return badRequest(`there is no error code ${raw}`);
      const params: Record<string, ParamValue> = Object.create(null);
      for (const [name, value] of url.searchParams) {
        const declared = Object.hasOwn(entry.params, name) ? entry.params[name]! : undefined;
        const converted = declared && queryValue(declared.type, value);
        if (converted === undefined) return badRequest(`${name}=${value} is not a ${declared?.type ?? 'parameter'} of code ${entry.code}`);
        params[name] = converted;
      }
      send(errors.respond(entry.code, params, options));
    } catch (error) {
      // Development only: production answers a wrong call with its fallback code instead of throwing.
      if (!(error instanceof ErrorCatalogMisuse)) throw error;
      res.writeHead(500, {'Content-Type': 'text/plain'}).end(`${error.message}\n`);
    }
  });
}
