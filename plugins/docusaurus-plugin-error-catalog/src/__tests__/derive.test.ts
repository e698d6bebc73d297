import {describe, expect, it} from 'vitest';
import {categoryTable, codeCounts, codeLabel, compressCodeRanges, distinctName, loadCatalog, statusTable} from '../model';
import {demoCatalog, fixture} from './helpers';

describe('compressCodeRanges', () => {
  it('joins runs of consecutive integers and lists string codes after them', () => {
    expect(compressCodeRanges([1002, 1000, 1001, 1004, 6003, 6004, 'x_code', 9003])).toEqual([
      '1000-1002',
      '1004',
      '6003-6004',
      '9003',
      'x_code',
    ]);
    expect(compressCodeRanges([])).toEqual([]);
    expect(compressCodeRanges([7])).toEqual(['7']);
  });
});

describe('demo catalog tables', () => {
  it('maps every status to exactly the codes that carry it (the seed table did not)', async () => {
    const catalog = await loadCatalog(demoCatalog);
    const table = statusTable(catalog);
    // Independently of the table: each code appears under its own status, once.
    for (const entry of catalog.codes) {
      const holders = table.filter((row) => row.codes.includes(entry.code)).map((row) => row.status);
      expect(holders, `code ${entry.code}`).toEqual([entry.status]);
    }
    const ranges = Object.fromEntries(table.map((row) => [row.status, row.ranges.join(', ')]));
    expect(ranges).toEqual({
      400: '1000-1012, 1014-1017, 6000, 9003',
      401: '2000-2008',
      403: '3000-3003, 3005, 6003-6004',
      404: '4000-4005',
      409: '4006-4008, 6002, 6008',
      410: '4009',
      413: '1013',
      422: '6001, 6005-6007, 6009',
      429: '3004, 5000-5003, 7003',
      500: '8000-8001, 8004-8008, 9000',
      502: '7000-7001, 7004-7009, 8003',
      503: '8002, 9001, 9004',
      504: '7002, 9002',
    });
  });

  it('counts 81 codes, and each category lists the statuses its codes really use', async () => {
    const catalog = await loadCatalog(demoCatalog);
    expect(codeCounts(catalog.codes)).toEqual({total: 81, current: 81, deprecated: 0, removed: 0});
    const rows = categoryTable(catalog);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(81);
    for (const row of rows) {
      const category = catalog.categories.find((c) => c.id === row.id)!;
      expect(row.statuses).toEqual([...new Set(category.codes.map((c) => c.status))].sort((a, b) => a - b));
    }
    expect(Object.fromEntries(rows.map((r) => [r.id, r.statuses.join(', ')]))).toMatchObject({
      'business-logic': '400, 403, 409, 422',
      'external-service': '429, 502, 504',
      internal: '500, 502, 503',
      streaming: '400, 500, 503, 504',
    });
  });
});

describe('lifecycle', () => {
  it('keeps removed codes out of current tables and counts', async () => {
    const catalog = await loadCatalog(fixture('minimal'));
    expect(codeCounts(catalog.codes)).toEqual({total: 4, current: 3, deprecated: 0, removed: 1});
    expect(statusTable(catalog).find((r) => r.status === 429)!.codes).toEqual([102]);
    expect(categoryTable(catalog)[0]!.count).toBe(3);
  });
});

describe('codeLabel', () => {
  it('names a code with its name, and once where the name is the code', () => {
    expect(codeLabel({codeText: '2001', name: 'INVALID_TOKEN'})).toBe('2001 INVALID_TOKEN');
    expect(codeLabel({codeText: 'ERR_INVALID_ARG_TYPE', name: 'ERR_INVALID_ARG_TYPE'})).toBe('ERR_INVALID_ARG_TYPE');
    expect(distinctName({codeText: 'constructor', name: 'constructor'})).toBeUndefined();
    expect(distinctName({codeText: '22P02', name: 'invalid_text_representation'})).toBe('invalid_text_representation');
  });
});
