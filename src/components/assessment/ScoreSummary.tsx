import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {describeScore} from '@site/src/assessment/progress';
import type {Score} from '@site/src/assessment/scoring';
import {useScoreWords, useWithoutEvidence} from './labels';
import styles from './styles.module.css';

interface Props {
  score: Score;
  label?: ReactNode;
  /** "Taip" answers without evidence among the items scored, when there are any. */
  withoutEvidence?: number;
}

/**
 * „0,54 – vidutinis; 25 iš 94 klausimų atsakyta“, with a progress bar and, when some "Taip"
 * answers lack evidence, how many: announced politely as it changes.
 */
export default function ScoreSummary({score, label, withoutEvidence = 0}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const words = useScoreWords();
  const evidence = useWithoutEvidence();
  return (
    <p
      className={styles.summary}
      aria-live="polite"
      data-score={score.value ?? ''}
      data-answered={score.answered}>
      {label ? <strong>{label} </strong> : null}
      <span className={styles.progress}>
        <progress max={score.total} value={score.answered} aria-hidden="true" />{' '}
        <span data-score-line>{describeScore(score, i18n.currentLocale, words)}</span>
      </span>
      {withoutEvidence > 0 ? (
        <span className={styles.missing} data-without-evidence={withoutEvidence}>
          {evidence(withoutEvidence)}
        </span>
      ) : null}
    </p>
  );
}
