import {describe, expect, it} from 'vitest';
import {exactCode, nearestCodes} from '../nearest';

const codes = [
  {code: 2000, name: 'UNAUTHORIZED'},
  {code: 2002, name: 'EXPIRED_TOKEN'},
  {code: 4000, name: 'NOT_FOUND'},
  {code: 9003, name: 'INVALID_RESUME_TOKEN'},
  {code: 9004, name: 'STREAM_BACKPRESSURE'},
  {code: 'invalid_api_key', name: 'INVALID_API_KEY'},
];

describe('nearestCodes', () => {
  it('offers numeric neighbours for an unknown number', () => {
    expect(nearestCodes('9999', codes, 2).map((c) => c.code)).toEqual([9004, 9003]);
    expect(nearestCodes('2001', codes, 2).map((c) => c.code)).toEqual([2000, 2002]);
  });

  it('matches names and string codes ignoring case, - and _', () => {
    expect(nearestCodes('expired-token', codes, 1)[0]!.code).toBe(2002);
    expect(nearestCodes('Invalid-API-Keys', codes, 1)[0]!.code).toBe('invalid_api_key');
  });
});

describe('exactCode', () => {
  it('finds the code a URL spells, ignoring case, - and _', () => {
    expect(exactCode('expired-token', codes)?.code).toBe(2002);
    expect(exactCode('INVALID-API-KEY', codes)?.code).toBe('invalid_api_key');
    expect(exactCode('expired', codes)).toBeUndefined();
  });
});
