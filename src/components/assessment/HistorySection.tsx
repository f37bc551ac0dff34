import React, {memo, type ReactNode, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {compareStates} from '@site/src/assessment/compare';
import {allItems} from '@site/src/assessment/edition-items';
import {LIMITS, type ActionEntry, type AssessmentState} from '@site/src/assessment/model';
import {score} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import {answerLabel, formatChange, formatDateTime, formatScore, statusLabel} from './labels';
import styles from './page.module.css';
import fields from './styles.module.css';

/** The option for the current state (not a snapshot): no snapshot id is `now`. */
const CURRENT = 'now';

/** Dated snapshots of the assessment, and the comparison of any two (or a snapshot and now). */
function HistorySection(): ReactNode {
  const {edition, store, state, locale} = useAssessmentContext();
  const {snapshots} = state.record;
  const [label, setLabel] = useState('');
  const [a, setA] = useState<string>('');
  const [b, setB] = useState<string>(CURRENT);
  const items = allItems(edition);
  const full = snapshots.length >= LIMITS.snapshots;
  const questions = Object.fromEntries(items.map((i) => [i.id, i.question[locale]]));
  const titles = Object.fromEntries(edition.chapters.map((c) => [c.chapter, c.title[locale]]));
  const currentLabel = translate({id: 'assessment.history.current', message: 'Dabartinis vertinimas'});
  const stateOf = (id: string): AssessmentState | undefined =>
    id === CURRENT ? state.record.current : snapshots.find((s) => s.id === id)?.state;
  const nameOf = (id: string) => {
    const snapshot = snapshots.find((s) => s.id === id);
    return snapshot ? `${snapshot.label || formatDateTime(snapshot.savedAt, locale)}` : currentLabel;
  };
  const actionText = (action: ActionEntry | null) =>
    action
      ? [action.measure, action.indicator, action.owner, action.due, statusLabel(action.status)]
          .filter((part) => part !== '')
          .join('; ')
      : '–';
  const before = stateOf(a);
  const after = stateOf(b);
  const comparison = before && after && a !== b ? compareStates(edition, before, after) : null;

  const options = [
    {id: CURRENT, name: currentLabel},
    ...snapshots.map((s) => ({
      id: s.id,
      name: `${s.label ? `${s.label} – ` : ''}${s.state.profile.date ? `${s.state.profile.date}, ` : ''}${formatDateTime(s.savedAt, locale)}`,
    })),
  ];

  return (
    <section aria-labelledby="history" className="margin-bottom--lg" data-section="history">
      <Heading as="h2" id="history">
        <Translate id="assessment.history.title">Vertinimų istorija</Translate>
      </Heading>
      <p>
        <Translate id="assessment.history.intro">
          Išsaugokite vertinimą su data (pavyzdžiui, kasmet po darbo grupės posėdžio) ir vėliau palyginkite,
          kaip keitėsi rezultatai ir atsakymai.
        </Translate>
      </p>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (store?.saveSnapshot(label.trim())) {
            setLabel('');
          }
        }}>
        <label className={styles.inline}>
          <Translate id="assessment.history.label">Pavadinimas (nebūtina)</Translate>{' '}
          <input
            className={fields.input}
            type="text"
            value={label}
            maxLength={LIMITS.shortText}
            placeholder={translate({
              id: 'assessment.history.placeholder',
              message: 'pvz., 2026 m. metinis vertinimas',
            })}
            onChange={(event) => setLabel(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={!store || full}>
          <Translate id="assessment.history.save">Išsaugoti dabartinį vertinimą</Translate>
        </button>
      </form>
      {full ? (
        <p role="status" className={styles.warning} data-history-full>
          <Translate id="assessment.history.full" values={{max: LIMITS.snapshots}}>
            {
              'Istorijoje jau {max} išsaugotų vertinimų – daugiau išsaugoti negalima. Eksportuokite JSON failą ir ištrinkite senus vertinimus.'
            }
          </Translate>
        </p>
      ) : null}
      {snapshots.length === 0 ? (
        <p className={styles.empty}>
          <Translate id="assessment.history.none">Išsaugotų vertinimų dar nėra.</Translate>
        </p>
      ) : (
        <>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">
                    <Translate id="assessment.history.saved">Išsaugota</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="assessment.history.assessed">Vertinimo data</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="assessment.history.name">Pavadinimas</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="assessment.history.score">Bendras rezultatas</Translate>
                  </th>
                  <th scope="col">
                    <span className="sr-only">
                      <Translate id="assessment.history.actions">Veiksmai</Translate>
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {snapshots.map((snapshot) => (
                  <tr key={snapshot.id} data-snapshot={snapshot.id}>
                    <td>{formatDateTime(snapshot.savedAt, locale)}</td>
                    <td className={styles.nowrap} data-assessed>
                      {snapshot.state.profile.date || '–'}
                    </td>
                    <td>{snapshot.label}</td>
                    <td>{formatScore(score(items, snapshot.state.answers).value, locale)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--sm button--secondary"
                        disabled={!store}
                        onClick={() => {
                          if (
                            window.confirm(
                              translate({
                                id: 'assessment.history.confirmDelete',
                                message: 'Ištrinti šį išsaugotą vertinimą?',
                              }),
                            )
                          ) {
                            store?.deleteSnapshot(snapshot.id);
                          }
                        }}>
                        <Translate id="assessment.history.delete">Ištrinti</Translate>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Heading as="h3" id="compare">
            <Translate id="assessment.history.compareTitle">Palyginti du vertinimus</Translate>
          </Heading>
          <div className={styles.row}>
            <label className={styles.inline}>
              <Translate id="assessment.history.from">Ankstesnis</Translate>{' '}
              <select
                className={`${fields.select} ${styles.choice}`}
                value={a}
                onChange={(event) => setA(event.target.value)}>
                <option value="">
                  {translate({id: 'assessment.history.choose', message: '– pasirinkite –'})}
                </option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.inline}>
              <Translate id="assessment.history.to">Vėlesnis</Translate>{' '}
              <select
                className={`${fields.select} ${styles.choice}`}
                value={b}
                onChange={(event) => setB(event.target.value)}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {comparison ? (
            <div data-comparison="snapshots" aria-live="polite">
              <div className={styles.scroll}>
                <table className={styles.table}>
                  <caption>
                    <Translate
                      id="assessment.history.comparisonCaption"
                      values={{a: nameOf(a), b: nameOf(b)}}>
                      {'Rezultatų pokytis: {a} → {b}'}
                    </Translate>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <Translate id="assessment.chart.chapter">Skyrius</Translate>
                      </th>
                      <th scope="col">{nameOf(a)}</th>
                      <th scope="col">{nameOf(b)}</th>
                      <th scope="col">
                        <Translate id="assessment.history.change">Pokytis</Translate>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.chapters.map((c) => (
                      <tr key={c.chapter}>
                        <th scope="row">{titles[c.chapter]}</th>
                        <td>{formatScore(c.before, locale)}</td>
                        <td>{formatScore(c.after, locale)}</td>
                        <td>{formatChange(c.change, locale)}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">
                        <Translate id="assessment.overall">Visa įstaiga</Translate>
                      </th>
                      <td>{formatScore(comparison.overall.before, locale)}</td>
                      <td>{formatScore(comparison.overall.after, locale)}</td>
                      <td>{formatChange(comparison.overall.change, locale)}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
              {comparison.items.length === 0 ? (
                <p>
                  <Translate id="assessment.history.noItemChanges">Atsakymai nepasikeitė.</Translate>
                </p>
              ) : (
                <>
                  <p>
                    <Translate id="assessment.history.itemChanges">Pasikeitę atsakymai:</Translate>
                  </p>
                  <ul>
                    {comparison.items.map((change) => (
                      <li key={change.id} data-item={change.id}>
                        {questions[change.id]}: {change.before ? answerLabel(change.before) : '–'} →{' '}
                        {change.after ? answerLabel(change.after) : '–'}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {comparison.actions.length > 0 ? (
                <>
                  <p>
                    <Translate id="assessment.history.actionChanges">Pasikeitęs veiksmų planas:</Translate>
                  </p>
                  <ul data-action-changes>
                    {comparison.actions.map((change) => (
                      <li key={change.id} data-action-item={change.id}>
                        {questions[change.id]}: {actionText(change.before)} → {actionText(change.after)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Rendered again only when the assessment's context changes, not with the questions' view. */
export default memo(HistorySection);
