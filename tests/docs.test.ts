import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {catalogJsonSchemas} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {root} from './sites';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
};

function fieldNames(schema: JsonSchema, into = new Set<string>()): Set<string> {
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    if (name !== '$schema') into.add(name);
    fieldNames(sub, into);
  }
  if (schema.items) fieldNames(schema.items, into);
  if (typeof schema.additionalProperties === 'object') fieldNames(schema.additionalProperties, into);
  for (const sub of schema.anyOf ?? []) fieldNames(sub, into);
  return into;
}

describe('the authoring guide', () => {
  it('documents every field of the catalog schema', () => {
    const guide = readFileSync(path.join(root, 'docs/authoring-the-catalog.md'), 'utf8');
    const schemas = catalogJsonSchemas();
    const documents = [schemas.guide, schemas['guide-translation'], schemas['prose-page'], schemas['prose-page-translation']];
    const fields = [schemas.catalog, schemas.category, ...documents].flatMap((schema) => [...fieldNames(schema as JsonSchema)]);
    expect(fields.filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });
});

describe('the committed JSON Schemas', () => {
  it('equal what the zod schema exports, so editors validate against the real format', () => {
    const schemas = catalogJsonSchemas();
    for (const [name, schema] of Object.entries(schemas)) {
      const file = path.join(root, `plugins/docusaurus-plugin-error-catalog/schema/${name}.schema.json`);
      expect(JSON.parse(readFileSync(file, 'utf8')), file).toEqual(schema);
    }
  });
});
