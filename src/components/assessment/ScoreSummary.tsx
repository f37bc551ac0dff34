import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Score} from '@site/src/assessment/scoring';
import {bandLabel, formatScore} from './labels';
import styles from './styles.module.css';

/** "Answered 3 of 7 · score 0,67 (above average)", announced politely as it changes. */
export default function ScoreSummary({score, label}: {score: Score; label?: ReactNode}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <p
      className={styles.summary}
      aria-live="polite"
      data-score={score.value ?? ''}
      data-answered={score.answered}>
      {label ? <strong>{label} </strong> : null}
      <span className={styles.progress}>
        <progress max={score.total} value={score.answered} aria-hidden="true" />{' '}
        <Translate
          id="assessment.progress"
          values={{answered: score.answered, total: score.total}}
          description="How many items are answered">
          {'Atsakyta: {answered} iš {total}'}
        </Translate>
      </span>{' '}
      <span className={styles.score}>
        {score.value === null || score.band === null ? (
          <Translate
            id="assessment.noScore"
            description="Shown instead of a score before any applicable answer">
            Rezultatas bus apskaičiuotas atsakius bent į vieną taikomą klausimą.
          </Translate>
        ) : (
          <Translate
            id="assessment.scoreLine"
            values={{
              score: <strong>{formatScore(score.value, i18n.currentLocale)}</strong>,
              band: bandLabel(score.band),
            }}
            description="Score and band of a chapter or of the whole assessment">
            {'Rezultatas: {score} ({band} lygis)'}
          </Translate>
        )}
      </span>
    </p>
  );
}
