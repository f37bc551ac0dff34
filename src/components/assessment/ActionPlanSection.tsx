import React, {memo, type ReactNode, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {ACTION_STATUSES, LIMITS} from '@site/src/assessment/model';
import {buildActionPlan, type PlanOrder} from '@site/src/assessment/plan';
import {useAssessmentContext} from './context';
import {answerLabel, statusLabel, weightLabel} from './labels';
import ActionPlanHead, {CellLabel} from './ActionPlanHead';
import {suggestedMeasure} from '@site/src/assessment/record-upgrade';
import styles from './page.module.css';
import fields from './styles.module.css';
import plan from './plan.module.css';

/** Every item answered other than "Taip", with what to do, who does it, by when and how far it is. */
function ActionPlanSection(): ReactNode {
  const {edition, store, state, locale} = useAssessmentContext();
  const [order, setOrder] = useState<PlanOrder>('weight');
  const rows = buildActionPlan(edition, state.record.current, order);
  const titles = Object.fromEntries(edition.chapters.map((c) => [c.chapter, c]));
  return (
    <section aria-labelledby="action-plan" className="margin-bottom--lg" data-section="action-plan">
      <Heading as="h2" id="action-plan">
        <Translate id="assessment.plan.title">Veiksmų planas</Translate>
      </Heading>
      <p>
        <Translate id="assessment.plan.intro">
          Į planą patenka kiekvienas klausimas, į kurį atsakyta „Iš dalies“ arba „Ne“. Kiekvienam įrašykite
          priemonę (ką darysite; pradžiai pasiūlyta iš vadovo), rezultato rodiklį (iš ko matysite, kad
          pavyko), atsakingą asmenį ir terminą, o vėliau pažymėkite, kaip sekasi.
        </Translate>
      </p>
      {rows.length === 0 ? (
        <p className={styles.empty}>
          <Translate id="assessment.plan.empty">Kol kas plane nėra nė vieno klausimo.</Translate>
        </p>
      ) : (
        <>
          <label className={styles.inline}>
            <Translate id="assessment.plan.sort">Rikiuoti</Translate>{' '}
            <select
              value={order}
              onChange={(event) => setOrder(event.target.value as PlanOrder)}
              className={fields.select}>
              <option value="weight">
                {translate({id: 'assessment.plan.sort.weight', message: 'pagal svarbą'})}
              </option>
              <option value="chapter">
                {translate({id: 'assessment.plan.sort.chapter', message: 'pagal skyrių'})}
              </option>
            </select>
          </label>
          <div className={plan.wrap}>
            <table className={`${styles.table} ${plan.plan}`}>
              <ActionPlanHead
                first={<Translate id="assessment.plan.item">Klausimas ir kaip tai pasiekti</Translate>}
              />
              <tbody>
                {rows.map(({item, answer, action, chapter}) => {
                  const chapterInfo = titles[chapter];
                  const question = item.question[locale];
                  const suggestion = suggestedMeasure(item.guidance[locale]);
                  return (
                    <tr key={item.id} data-item={item.id}>
                      <td>
                        <strong>{question}</strong>
                        <details>
                          <summary>
                            <Translate id="checklist.guidance">Kaip atrodo atsakymas „Taip“</Translate>
                          </summary>
                          {item.guidance[locale]}
                        </details>
                        {chapterInfo ? (
                          <Link to={`${chapterInfo.path}#${item.section}`}>{chapterInfo.title[locale]}</Link>
                        ) : null}
                      </td>
                      <td>
                        <CellLabel className={plan.label}>
                          <Translate id="assessment.plan.answerWeight">Atsakymas, svarba</Translate>
                        </CellLabel>
                        {answerLabel(answer)}, {weightLabel(item.weight)}
                      </td>
                      <td className={plan.measure}>
                        <label className={fields.field}>
                          <span>
                            <Translate id="assessment.plan.measure">Priemonė (ką darysite)</Translate>
                          </span>
                          <textarea
                            className={fields.input}
                            rows={3}
                            value={action.measure}
                            disabled={!store}
                            maxLength={LIMITS.plan}
                            data-measure
                            onChange={(event) =>
                              store?.setAction(item.id, {measure: event.target.value}, {typing: true})
                            }
                          />
                        </label>
                        {action.measure === '' && suggestion !== '' ? (
                          <button
                            type="button"
                            className="button button--sm button--secondary"
                            disabled={!store}
                            onClick={() => store?.setAction(item.id, {measure: suggestion})}>
                            <Translate id="assessment.plan.useSuggestion">Įrašyti vadovo pasiūlymą</Translate>
                          </button>
                        ) : null}
                        <label className={fields.field}>
                          <span>
                            <Translate id="assessment.plan.indicator">
                              Rezultato rodiklis (iš ko matysite, kad pavyko)
                            </Translate>
                          </span>
                          <textarea
                            className={fields.input}
                            rows={2}
                            value={action.indicator}
                            disabled={!store}
                            maxLength={LIMITS.plan}
                            data-indicator
                            onChange={(event) =>
                              store?.setAction(item.id, {indicator: event.target.value}, {typing: true})
                            }
                          />
                        </label>
                      </td>
                      <td>
                        <CellLabel className={plan.label}>
                          <Translate id="assessment.plan.owner">Atsakingas asmuo</Translate>
                        </CellLabel>
                        <input
                          className={fields.input}
                          type="text"
                          aria-label={translate(
                            {id: 'assessment.plan.ownerFor', message: 'Atsakingas asmuo: {question}'},
                            {question},
                          )}
                          value={action.owner}
                          disabled={!store}
                          maxLength={LIMITS.shortText}
                          onChange={(event) =>
                            store?.setAction(item.id, {owner: event.target.value}, {typing: true})
                          }
                        />
                      </td>
                      <td>
                        <CellLabel className={plan.label}>
                          <Translate id="assessment.plan.due">Terminas</Translate>
                        </CellLabel>
                        <input
                          className={fields.input}
                          type="date"
                          aria-label={translate(
                            {id: 'assessment.plan.dueFor', message: 'Terminas: {question}'},
                            {question},
                          )}
                          value={action.due}
                          disabled={!store}
                          onChange={(event) => store?.setAction(item.id, {due: event.target.value})}
                        />
                      </td>
                      <td>
                        <CellLabel className={plan.label}>
                          <Translate id="assessment.plan.status">Būsena</Translate>
                        </CellLabel>
                        <select
                          className={fields.select}
                          aria-label={translate(
                            {id: 'assessment.plan.statusFor', message: 'Būsena: {question}'},
                            {question},
                          )}
                          value={action.status}
                          disabled={!store}
                          onChange={(event) =>
                            store?.setAction(item.id, {
                              status: event.target.value as (typeof ACTION_STATUSES)[number],
                            })
                          }>
                          {ACTION_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {statusLabel(status)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Rendered again only when the assessment's context changes, not with the questions' view. */
export default memo(ActionPlanSection);
