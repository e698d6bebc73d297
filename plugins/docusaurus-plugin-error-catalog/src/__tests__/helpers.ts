import path from 'node:path';

export const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
export const repoRoot = path.resolve(__dirname, '../../../..');
export const demoCatalog = path.join(repoRoot, 'catalog');
export const synaxisCatalog = path.join(repoRoot, 'examples/synaxis/catalog');
/** A gateway in its own envelope, which sends the seconds to wait in the body. */
export const gatewayCatalog = path.join(repoRoot, 'tests/fixtures/gateway-site/catalog');
