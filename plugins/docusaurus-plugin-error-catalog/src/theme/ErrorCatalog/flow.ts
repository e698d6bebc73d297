import type {FlowData} from '../../pageData';

/** Mermaid escapes by entity code; quotes and angle brackets would end a label. */
const label = (text: string) => text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

/** The flowchart of a recovery flow: boxes for actions, diamonds for questions, rounded ends. */
export function mermaidSource(flow: FlowData, answers: {yes: string; no: string}): string {
  const node = (id: string, text: string, kind: FlowData['steps'][number]['kind']) =>
    kind === 'ask' ? `${id}{"${text}"}` : kind === 'end' ? `${id}(["${text}"])` : `${id}["${text}"]`;
  const lines = ['flowchart TD'];
  for (const step of flow.steps) lines.push(`  ${node(`s${step.number}`, label(`${step.number}. ${step.text}`), step.kind)}`);
  for (const step of flow.steps) {
    if (step.next !== undefined) lines.push(`  s${step.number} --> s${step.next}`);
    if (step.yes !== undefined) lines.push(`  s${step.number} -->|${label(answers.yes)}| s${step.yes}`);
    if (step.no !== undefined) lines.push(`  s${step.number} -->|${label(answers.no)}| s${step.no}`);
  }
  return lines.join('\n');
}
