import React, {useEffect, useRef} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import SectionHeading from './SectionHeading';
import Mermaid from '@error-catalog/mermaid';
import type {FlowData} from '../../pageData';
import {chartScale, mermaidSource} from './flow';
import styles from './styles.module.css';
import flowStyles from './RecoveryFlow.module.css';
import CodeLink from './CodeLink';
import {Item} from './Cells';

const stepAnchor = (n: number) => `flow-step-${n}`;

function StepLink({n}: {n: number}): React.JSX.Element {
  return (
    <a href={`#${stepAnchor(n)}`}>
      <Translate id="errorCatalog.flow.step" values={{n}}>
        {'step {n}'}
      </Translate>
    </a>
  );
}

/** Sizes Mermaid's SVG by `chartScale`. Mermaid renders after hydration, so this waits for the SVG. */
function useReadableChart(box: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const container = box.current;
    if (!container) return undefined;
    const fit = () => {
      const svg = container.querySelector<SVGSVGElement>('svg[viewBox]');
      const view = svg?.viewBox.baseVal;
      if (!svg || !view?.width || !view.height) return;
      const height = parseFloat(getComputedStyle(container).maxHeight);
      const scale = chartScale(view, {width: container.clientWidth, height: Number.isNaN(height) ? Infinity : height});
      const width = `${Math.round(view.width * scale)}px`;
      if (svg.style.width === width) return;
      Object.assign(svg.style, {width, maxWidth: 'none', height: 'auto'});
      // A flowchart starts at its top center; a chart wider than its box shows that part first.
      container.scrollLeft = (container.scrollWidth - container.clientWidth) / 2;
    };
    const observer = new MutationObserver(fit);
    observer.observe(container, {childList: true, subtree: true});
    window.addEventListener('resize', fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [box]);
}

/** The flow's own title, or the generic one. */
export function flowTitle(flow: FlowData): string {
  return flow.title ?? translate({id: 'errorCatalog.flow.title', message: 'Recovery flow'});
}

/**
 * A recovery flow twice: as a Mermaid flowchart, drawn in the browser, and as
 * numbered steps in the static HTML for readers and indexers without scripts.
 */
export default function RecoveryFlow({flow}: {flow: FlowData}): React.JSX.Element {
  const yes = translate({id: 'errorCatalog.yes', message: 'Yes'});
  const no = translate({id: 'errorCatalog.no', message: 'No'});
  const chart = useRef<HTMLDivElement>(null);
  useReadableChart(chart);
  return (
    <section className={styles.section} aria-labelledby="recovery-flow" data-flow>
      <SectionHeading id="recovery-flow">{flowTitle(flow)}</SectionHeading>
      <p className={flowStyles.toSteps}>
        <a href={`#${stepAnchor(1)}`}>
          <Translate id="errorCatalog.flow.asSteps">The same flow as numbered steps</Translate>
        </a>
      </p>
      <div className={flowStyles.flowchart} ref={chart}>
        <Mermaid value={mermaidSource(flow, {yes, no})} />
      </div>
      <ol className={flowStyles.flowSteps}>
        {flow.steps.map((step) => (
          <Item key={step.id} id={stepAnchor(step.number)} data-step={step.id}>
            <strong>{step.text}</strong>
            {step.codes.map((c) => (
              <React.Fragment key={c.permalink}>
                {' '}
                <CodeLink code={c.code} permalink={c.permalink} />
              </React.Fragment>
            ))}
            <br />
            {step.kind === 'do' && (
              <span className={styles.muted}>
                <Translate id="errorCatalog.flow.then">Then:</Translate> <StepLink n={step.next!} />
              </span>
            )}
            {step.kind === 'ask' && (
              <span className={styles.muted}>
                {yes}: <StepLink n={step.yes!} /> · {no}: <StepLink n={step.no!} />
              </span>
            )}
            {step.kind === 'end' && (
              <span className={styles.muted}>
                <Translate id="errorCatalog.flow.end">End of the flow.</Translate>
              </span>
            )}
          </Item>
        ))}
      </ol>
    </section>
  );
}
