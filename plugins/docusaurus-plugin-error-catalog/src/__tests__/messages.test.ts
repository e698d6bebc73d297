import {describe, expect, it} from 'vitest';
import {forgetMessages, formatMessage, messagePattern, readableMessage} from '../model/messages';

describe('what is derived from a message template', () => {
  it('is computed once per template until forgotten, then again, the same', () => {
    const template = 'Rate limit exceeded. Please retry after {retry_after} seconds';
    const pattern = messagePattern(template);
    expect(messagePattern(template)).toBe(pattern);
    forgetMessages();
    const again = messagePattern(template);
    expect(again).not.toBe(pattern);
    expect(again).toEqual(pattern);
    expect(formatMessage(template, {retry_after: 30})).toBe('Rate limit exceeded. Please retry after 30 seconds');
  });
});

describe('formatMessage', () => {
  it('never fills a placeholder from Object.prototype: a missing `constructor` is missing', () => {
    expect(() => formatMessage('Not a {constructor} of {toString}', {})).toThrow(/"constructor" was not provided/);
    expect(formatMessage('Not a {constructor}', {constructor: 'Widget'})).toBe('Not a Widget');
  });
});

describe('readableMessage', () => {
  it.each([
    ['Retry in {seconds, plural, one {# second} other {# seconds}}', 'Retry in {seconds} seconds'],
    ['{count, plural, =0 {No items} other {# items}} left', '{count} items left'],
    ['{kind, select, user {User} other {Account}} {id} not found', 'Account {id} not found'],
    ["Invalid API key for provider ''{provider}''", "Invalid API key for provider '{provider}'"],
    ["Use '{braces}' literally", 'Use {braces} literally'],
    ['Started {at, date, short}, {n, number} tries', 'Started {at}, {n} tries'],
    ['Plain text stays as written', 'Plain text stays as written'],
    ['<b>Bold</b> {x}', 'Bold {x}'],
  ])('reads %j as %j', (template, readable) => {
    expect(readableMessage(template)).toBe(readable);
  });
});
