import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {RetryGuidanceData, RetryPolicyData} from '../../pageData';
import {HtmlInline} from './Localized';
import styles from './styles.module.css';

/** "1 s, 2 s, 4 s, 8 s": the waits before each retry. */
function formatSchedule(policy: RetryPolicyData): string {
  return policy.schedule.map((s) => `${s} s`).join(', ');
}

/** The backoff a client uses when the response says nothing about when to retry. */
export function BackoffRule({policy}: {policy: RetryPolicyData}): React.JSX.Element {
  return (
    <Translate
      id="errorCatalog.retry.backoff"
      values={{schedule: formatSchedule(policy), max: policy.maxDelaySeconds, attempts: policy.maxAttempts}}>
      {
        'Wait {schedule} before the successive retries: exponential backoff, at most {max} s, with random jitter so clients do not retry in step. Give up after {attempts} attempts in all.'
      }
    </Translate>
  );
}

/** Whether to retry, and how long to wait, for one code. */
export default function RetryGuidance({wait, retriesPermalink}: {wait: RetryGuidanceData; retriesPermalink: string}): React.JSX.Element {
  const retryable = wait.kind !== 'none';
  return (
    <div
      className={`alert ${retryable ? 'alert--info' : 'alert--secondary'} ${styles.retryGuidance}`}
      data-retryable={wait.kind === 'conditional' ? 'conditional' : retryable}>
      <p>
        <strong>
          {wait.kind === 'conditional' ? (
            <Translate id="errorCatalog.retry.conditional">Retryable under a condition:</Translate>
          ) : retryable ? (
            <Translate id="errorCatalog.retry.yes">Retryable.</Translate>
          ) : (
            <Translate id="errorCatalog.retry.no">Not retryable.</Translate>
          )}
        </strong>{' '}
        {wait.kind === 'conditional' && <HtmlInline html={wait.conditionHtml} />}
        {wait.kind === 'retry-after' && wait.in === 'body' && (
          <Translate
            id="errorCatalog.retry.retryAfterField"
            values={{field: <code>{wait.from}</code>, example: <code>{wait.example}</code>}}>
            {
              'Wait the number of seconds in the {field} field of the response body ({example} in the example), then send the same request again. Retrying sooner only returns this error again.'
            }
          </Translate>
        )}
        {wait.kind === 'retry-after' && wait.in === 'header' && (
          <Translate id="errorCatalog.retry.retryAfter" values={{header: <code>{wait.from}</code>, example: <code>{wait.example}</code>}}>
            {
              'Wait the number of seconds in the {header} header ({example} in the example), then send the same request again. Retrying sooner only returns this error again.'
            }
          </Translate>
        )}
        {wait.kind === 'backoff' && (
          <>
            {wait.noRetryAfter && (
              <>
                <Translate id="errorCatalog.retry.noHeader" values={{header: <code>Retry-After</code>}}>
                  {'The response has no {header} header.'}
                </Translate>{' '}
              </>
            )}
            <BackoffRule policy={wait.policy} />
          </>
        )}
        {wait.kind === 'later' && (
          <Translate id="errorCatalog.retry.later">The same request can succeed when it is sent again later.</Translate>
        )}
        {wait.kind === 'none' && !wait.resolution && (
          <Translate id="errorCatalog.retry.sameFailure">The same request fails the same way every time.</Translate>
        )}
        {wait.kind === 'none' && wait.resolution && (
          <Translate id="errorCatalog.retry.fixFirst">
            The same request fails the same way every time. Follow the resolution steps, then send the corrected request.
          </Translate>
        )}
      </p>
      <p className={styles.alertFoot}>
        <Link to={retriesPermalink}>
          <Translate id="errorCatalog.retry.strategyLink">Retry strategy for every code</Translate>
        </Link>
      </p>
    </div>
  );
}
