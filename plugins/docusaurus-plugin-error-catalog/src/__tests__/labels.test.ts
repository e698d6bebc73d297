import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseMessage} from '../model';

const dir = path.resolve(__dirname, '../../locales');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>;
const placeholders = (message: string) => {
  const parsed = parseMessage(message);
  return parsed.ok ? [...parsed.placeholders].sort() : parsed.error;
};

describe('the plugin’s UI labels', () => {
  const english = read('en.json');

  it.each(readdirSync(dir).filter((f) => f !== 'en.json'))('%s translates every label and keeps its placeholders', (file) => {
    const labels = read(file);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(english).sort());
    for (const [id, message] of Object.entries(english)) expect(placeholders(labels[id]!), `${file} ${id}`).toEqual(placeholders(message));
  });

  it('ship in the six languages of the demo', () => {
    expect(readdirSync(dir).sort()).toEqual(['de.json', 'en.json', 'es.json', 'fr.json', 'ja.json', 'zh.json']);
  });
});
