import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import SectionHeading from './SectionHeading';
import Mermaid from '@error-catalog/mermaid';
import type {FlowData} from '../../pageData';
import {mermaidSource} from './flow';
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
  return (
    <section className={styles.section} aria-labelledby="recovery-flow" data-flow>
      <SectionHeading id="recovery-flow">{flowTitle(flow)}</SectionHeading>
      <div className={flowStyles.flowchart}>
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
