import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {buildActionPlan} from '@site/src/assessment/plan';
import {score, scoreChapters} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import {answerLabel, bandLabel, formatScore, statusLabel, weightLabel} from './labels';
import {ChapterScoresChart} from './ScoreChart';
import ActionPlanHead from './ActionPlanHead';
import styles from './page.module.css';

/** The printable report: shown only in print, laid out for A4 (see page.module.css). */
export default function ReportSection(): ReactNode {
  const {edition, editionLabel, state, locale} = useAssessmentContext();
  const current = state.record.current;
  const groups = edition.chapters.map((c) => ({chapter: c.chapter, items: c.items}));
  const scores = scoreChapters(groups, current.answers);
  const plan = buildActionPlan(edition, current, 'weight');
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
          <Translate id="assessment.profile.assessors">Vertintojai (vardai ir pareigos)</Translate>
        </dt>
        <dd>{p.assessors || dash}</dd>
        <dt>
          <Translate id="assessment.profile.date">Vertinimo data</Translate>
        </dt>
        <dd>{p.date || dash}</dd>
        <dt>
          <Translate id="assessment.report.edition">Vadovo leidimas</Translate>
        </dt>
        <dd>{editionLabel}</dd>
        <dt>
          <Translate id="assessment.report.overall">Bendras rezultatas</Translate>
        </dt>
        <dd>
          {formatScore(scores.overall.value, locale)}
          {scores.overall.band ? ` (${bandLabel(scores.overall.band)})` : ''}
        </dd>
      </dl>
      <ChapterScoresChart
        titles={edition.chapters.map((c) => c.title[locale])}
        values={scores.chapters.map((c) => c.value)}
      />
      <h3>
        <Translate id="assessment.report.answers">Atsakymai ir įrodymai</Translate>
      </h3>
      {edition.chapters.map((chapter) => (
        <table key={chapter.chapter} className={styles.reportTable}>
          <caption>
            {chapter.title[locale]}: {formatScore(score(chapter.items, current.answers).value, locale)}
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
                  <td>{a?.answer ? answerLabel(a.answer) : dash}</td>
                  <td>{a?.evidence || dash}</td>
                  <td>{a?.note || dash}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
      <h3>
        <Translate id="assessment.plan.title">Veiksmų planas</Translate>
      </h3>
      {plan.length === 0 ? (
        <p>
          <Translate id="assessment.plan.empty">Kol kas plane nėra nė vieno klausimo.</Translate>
        </p>
      ) : (
        <table className={styles.reportTable}>
          <ActionPlanHead first={<Translate id="assessment.csv.question">Klausimas</Translate>} />
          <tbody>
            {plan.map((entry) => (
              <tr key={entry.item.id}>
                <td>{entry.item.question[locale]}</td>
                <td>
                  {answerLabel(entry.answer)}, {weightLabel(entry.item.weight)}
                </td>
                <td>{entry.action.owner || dash}</td>
                <td>{entry.action.due || dash}</td>
                <td>{statusLabel(entry.action.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
