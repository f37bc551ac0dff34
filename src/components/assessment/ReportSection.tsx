import React, {memo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {isScored} from '@site/src/assessment/checklist';
import {buildActionPlan} from '@site/src/assessment/plan';
import {chapterProgress, describeScore, yesWithoutEvidence} from '@site/src/assessment/progress';
import {scoreChapters} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import {
  answerLabel,
  formatScore,
  statusLabel,
  useScoreWords,
  useWithoutEvidence,
  weightLabel,
} from './labels';
import {ChapterScoresChart} from './ScoreChart';
import ActionPlanHead from './ActionPlanHead';
import styles from './report.module.css';

/**
 * The printable report, shown only in print and laid out for A4 (see report.module.css), as a
 * council reads it: the summary first (who, when, the score with what it rests on, the chart and
 * each chapter's progress), then the action plan, then the answers with their evidence.
 */
function ReportSection(): ReactNode {
  const {edition, editionLabel, state, locale} = useAssessmentContext();
  const words = useScoreWords();
  const withoutEvidence = useWithoutEvidence();
  const current = state.record.current;
  const scoredChapters = edition.chapters.filter((c) => c.items.some(isScored));
  const scores = scoreChapters(
    scoredChapters.map((c) => ({chapter: c.chapter, items: c.items})),
    current.answers,
  );
  const progress = chapterProgress(edition, current);
  const plan = buildActionPlan(edition, current, 'weight');
  const missing = yesWithoutEvidence(
    edition.chapters.flatMap((c) => c.items.filter(isScored)),
    current.answers,
  ).length;
  const p = current.profile;
  const dash = '–';
  return (
    <div className={styles.report} data-report>
      <h2>
        <Translate id="assessment.report.title">Savęs vertinimo ataskaita</Translate>
      </h2>
      <dl className={styles.profile}>
        <dt>
          <Translate id="assessment.profile.institution">Įstaiga</Translate>
        </dt>
        <dd>{p.institution || dash}</dd>
        <dt>
          <Translate id="assessment.profile.municipality">Savivaldybė</Translate>
        </dt>
        <dd>{p.municipality || dash}</dd>
        <dt>
          <Translate id="assessment.profile.date">Vertinimo data</Translate>
        </dt>
        <dd className={styles.nowrap}>{p.date || dash}</dd>
        <dt>
          <Translate id="assessment.profile.assessors">Vertintojai (vardai ir pareigos)</Translate>
        </dt>
        <dd>{p.assessors || dash}</dd>
        <dt>
          <Translate id="assessment.report.edition">Vadovo leidimas</Translate>
        </dt>
        <dd>{editionLabel}</dd>
        <dt>
          <Translate id="assessment.report.overall">Bendras rezultatas</Translate>
        </dt>
        <dd data-report-overall>
          <strong>{describeScore(scores.overall, locale, words)}</strong>
          {missing > 0 ? <span data-report-without-evidence>; {withoutEvidence(missing)}</span> : null}
        </dd>
      </dl>
      <ChapterScoresChart
        titles={scoredChapters.map((c) => c.title[locale])}
        scores={scores.chapters}
        compact
      />
      <table className={styles.table} data-report-chapters>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="assessment.chart.chapter">Skyrius</Translate>
            </th>
            <th scope="col">
              <Translate id="assessment.report.answered">Atsakyta</Translate>
            </th>
            <th scope="col">
              <Translate id="assessment.results.series">Rezultatas</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {edition.chapters.map((chapter, index) => {
            const row = progress[index];
            return row ? (
              <tr key={chapter.chapter}>
                <th scope="row">{chapter.title[locale]}</th>
                <td className={styles.nowrap}>
                  <Translate id="assessment.task.count" values={{answered: row.answered, total: row.total}}>
                    {'{answered} iš {total}'}
                  </Translate>
                </td>
                <td className={styles.nowrap}>
                  {row.score && row.score.value !== null && row.score.band
                    ? `${formatScore(row.score.value, locale)} – ${words.band(row.score.band)}`
                    : dash}
                </td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      <h3 data-report-plan>
        <Translate id="assessment.plan.title">Veiksmų planas</Translate>
      </h3>
      {plan.length === 0 ? (
        <p>
          <Translate id="assessment.plan.empty">Kol kas plane nėra nė vieno klausimo.</Translate>
        </p>
      ) : (
        <table className={`${styles.table} ${styles.plan}`}>
          <ActionPlanHead first={<Translate id="assessment.csv.question">Klausimas</Translate>} />
          <tbody>
            {plan.map((entry) => (
              <tr key={entry.item.id}>
                <td>{entry.item.question[locale]}</td>
                <td>
                  {answerLabel(entry.answer)}, {weightLabel(entry.item.weight)}
                </td>
                <td>
                  {entry.action.measure || dash}
                  {entry.action.indicator ? (
                    <span className={styles.indicator}>
                      <Translate id="assessment.report.indicator">Rodiklis:</Translate>{' '}
                      {entry.action.indicator}
                    </span>
                  ) : null}
                </td>
                <td>{entry.action.owner || dash}</td>
                <td className={styles.nowrap}>{entry.action.due || dash}</td>
                <td>{statusLabel(entry.action.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 data-report-answers>
        <Translate id="assessment.report.answers">Atsakymai ir įrodymai</Translate>
      </h3>
      {edition.chapters.map((chapter, index) => {
        const row = progress[index];
        if (!row || row.answered === 0) {
          return (
            <p key={chapter.chapter} className={styles.unanswered} data-report-unanswered>
              <Translate
                id="assessment.report.unansweredChapter"
                values={{chapter: chapter.title[locale], total: row?.total ?? chapter.items.length}}>
                {'{chapter}: neatsakyta (0 iš {total})'}
              </Translate>
            </p>
          );
        }
        return (
          <table key={chapter.chapter} className={`${styles.table} ${styles.answers}`}>
            <caption>
              {chapter.title[locale]}
              {row.score ? `: ${describeScore(row.score, locale, words)}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="assessment.csv.question">Klausimas</Translate>
                </th>
                <th scope="col">
                  <Translate id="assessment.csv.answer">Atsakymas</Translate>
                </th>
                <th scope="col">
                  <Translate id="assessment.csv.evidence">Įrodymas</Translate>
                </th>
                <th scope="col">
                  <Translate id="assessment.csv.note">Pastaba</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {chapter.items.map((item) => {
                const a = current.answers[item.id];
                return (
                  <tr key={item.id}>
                    <td>
                      {item.question[locale]} <small>({weightLabel(item.weight)})</small>
                    </td>
                    <td className={styles.nowrap}>{a?.answer ? answerLabel(a.answer) : dash}</td>
                    <td>{a?.evidence || dash}</td>
                    <td>{a?.note || dash}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

/** Rendered again only when the assessment's context changes, not with the questions' view. */
export default memo(ReportSection);
