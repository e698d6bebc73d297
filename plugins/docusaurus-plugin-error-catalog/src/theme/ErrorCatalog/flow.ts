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

/** Mermaid draws text at 16 px; below this scale it gets too small to read (10 px). */
export const readableScale = 0.6;

/**
 * The chart's scale: as wide as its box, shrunk further if that lets the whole chart fit the box's height, but never
 * below readable; a chart still too big scrolls inside its box, which keeps the page short.
 */
export function chartScale(chart: {width: number; height: number}, box: {width: number; height: number}): number {
  const toWidth = Math.min(1, box.width / chart.width);
  const toHeight = box.height / chart.height;
  if (chart.height * toWidth > box.height && toHeight >= readableScale) return toHeight;
  return Math.max(readableScale, toWidth);
}
