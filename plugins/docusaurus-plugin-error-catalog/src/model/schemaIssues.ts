/** Zod's validation issues as diagnostics in plain words: what a field must be, and what it is. */
import type {z} from 'zod';
import type {Diagnostic, FieldPath} from './diagnostics';
import {diagnosticAt, type SourceFile} from './source';

type ZodIssue = z.core.$ZodIssue;

/** A zod type name as a catalog author reads it. */
const typeNoun: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  null: 'empty',
  undefined: 'missing',
};
const noun = (type: string) => typeNoun[type] ?? type;

/** Zod's issues in plain words: what the field must be, and what it is. */
export function issueDiagnostics(source: SourceFile, issue: ZodIssue, base: FieldPath = []): Diagnostic[] {
  const at = [...base, ...(issue.path as (string | number)[])];
  const report = (message: string) => [diagnosticAt(source, at, message)];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => diagnosticAt(source, at, `unknown field "${key}"`, {key}));
    case 'invalid_key':
      return issue.issues.map((i) => diagnosticAt(source, at, `key ${String(at[at.length - 1])}: ${i.message}`));
    case 'invalid_union': {
      // The branch whose type matched (a string code failing its pattern) says what is wrong.
      const matched = issue.errors.find((branch) => branch.every((i) => i.code !== 'invalid_type'));
      if (matched) return matched.flatMap((i) => issueDiagnostics(source, i, at));
      const rootTypes = issue.errors.flatMap((branch) => branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (rootTypes.length === issue.errors.length) {
        const received = /received (\w+)$/.exec(rootTypes[0]!.message)?.[1] ?? 'something else';
        const expected = [...new Set(rootTypes.map((i) => noun((i as {expected: string}).expected)))];
        return report(`must be ${expected.join(' or ')}, not ${noun(received)}`);
      }
      // Mappings of several shapes (flow steps): the shape it comes closest to says what is missing or extra.
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return closest.flatMap((i) => issueDiagnostics(source, i, at));
    }
    case 'invalid_type': {
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      if (received === 'undefined') return report(`required field is missing (expected ${noun(issue.expected)})`);
      // A custom message (an HTTP status) already says what the field must be.
      if (!issue.message.startsWith('Invalid input')) return report(issue.message);
      const hint =
        issue.expected === 'string' && received === 'object' ? ' (an unquoted line containing ": " is read as a mapping; quote it)' : '';
      return report(`must be ${noun(issue.expected)}, not ${noun(received ?? 'something else')}${hint}`);
    }
    case 'invalid_value':
      return report(`must be one of: ${issue.values.map(String).join(', ')}`);
    case 'too_small':
      if (issue.origin === 'array') return report(`must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`);
      if (issue.origin === 'string' && issue.minimum === 1) return report('must not be empty');
      return report(issue.message.startsWith('Too small') ? `must be at least ${String(issue.minimum)}` : issue.message);
    case 'too_big':
      return report(issue.message.startsWith('Too big') ? `must be at most ${String(issue.maximum)}` : issue.message);
    default:
      return report(issue.message);
  }
}
