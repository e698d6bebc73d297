import path from 'node:path';

export const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
export const repoRoot = path.resolve(__dirname, '../../../..');
export const demoCatalog = path.join(repoRoot, 'catalog');
export const synaxisCatalog = path.join(repoRoot, 'examples/synaxis/catalog');
