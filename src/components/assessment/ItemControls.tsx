import React, {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {LocalizedChecklistItem} from '@site/src/assessment/checklist';
import {ANSWERS, LIMITS, type ItemAnswer} from '@site/src/assessment/model';
import {suggestedMeasure} from '@site/src/assessment/record-upgrade';
import {answerLabel, weightLabel} from './labels';
import RouteLink from '../RouteLink';
import {assessmentStore} from './useAssessment';
import styles from './styles.module.css';

interface Props {
  item: LocalizedChecklistItem;
  answer: ItemAnswer | undefined;
  /** The edition whose store the answers go to. */
  edition: string;
  /** Where the guide explains the item: `#anchor` in a chapter, or the chapter path with it. */
  sectionHref: string;
  /** The element id of the item (a chapter uses the item id, so that links can point at it). */
  anchorId?: string;
}

/**
 * One question: the answer as a radio group, the evidence and a note; the guidance one click away.
 *
 * Its controls are usable once the page has read the browser's storage: the list around the items is
 * an `UntilReady`, inert until then. The item itself does not depend on the store, so reading
 * storage after hydration re-renders and changes only the items that have answers.
 */
function ItemControls({item, answer, edition, sectionHref, anchorId}: Props): ReactNode {
  const key = item.id.replace(/\./g, '--');
  const store = () => assessmentStore(edition);
  return (
    <fieldset className={styles.item} id={anchorId} data-item={item.id}>
      <legend className={styles.question}>{item.question}</legend>
      <p className={styles.meta}>
        <span>
          <Translate
            id="checklist.weight"
            values={{weight: weightLabel(item.weight)}}
            description="Item weight label">
            {'Svarba: {weight}'}
          </Translate>
        </span>
        <RouteLink to={sectionHref}>
          <Translate id="checklist.explained" description="Link from an item to the section that explains it">
            Kur tai paaiškinta
          </Translate>
        </RouteLink>
      </p>
      <div className={styles.answers}>
        {ANSWERS.map((value) => (
          <label key={value} className={clsx(styles.answer, answer?.answer === value && styles.chosen)}>
            <input
              type="radio"
              name={`answer-${key}`}
              value={value}
              checked={answer?.answer === value}
              onChange={() => store().answerItem(item.id, value, suggestedMeasure(item.guidance))}
            />{' '}
            {answerLabel(value)}
          </label>
        ))}
        {answer?.answer ? (
          <button
            type="button"
            className={styles.clear}
            data-clear-answer
            aria-label={translate(
              {
                id: 'assessment.clearAnswerFor',
                message: 'Išvalyti atsakymą: {question}',
                description: 'Accessible name of the button that clears an answer',
              },
              {question: item.question},
            )}
            onClick={() => store().answerItem(item.id, null)}>
            <Translate id="assessment.clearAnswer" description="Button that makes an item unanswered again">
              Išvalyti atsakymą
            </Translate>
          </button>
        ) : null}
      </div>
      <details className={styles.guidance}>
        <summary>
          <Translate id="checklist.guidance" description="Summary of the guidance disclosure">
            Kaip atrodo atsakymas „Taip“
          </Translate>
        </summary>
        <p>{item.guidance}</p>
        <p>
          <strong>
            <Translate id="checklist.evidence" description="Label before the evidence that proves the answer">
              Įrodymai:
            </Translate>
          </strong>{' '}
          {item.evidence}
        </p>
      </details>
      {answer?.answer === 'yes' && answer.evidence.trim() === '' ? (
        <p className={styles.reminder} data-evidence-reminder>
          <Translate
            id="assessment.evidenceReminder"
            description="Gentle reminder under the evidence field of an item answered yes without evidence">
            Nurodykite įrodymą: vadovas prašo įrodymo kiekvienam atsakymui „Taip“.
          </Translate>
        </p>
      ) : null}
      <div className={styles.fields}>
        <label className={styles.field}>
          <span>
            <Translate id="assessment.evidenceField" description="Label of the evidence field of an item">
              Įrodymas (nuoroda arba dokumentas)
            </Translate>
          </span>
          <input
            type="text"
            value={answer?.evidence ?? ''}
            maxLength={LIMITS.text}
            placeholder={translate({
              id: 'assessment.evidencePlaceholder',
              message: 'pvz., direktoriaus įsakymas Nr. V-15 arba svetainės adresas',
              description: 'Placeholder of the evidence field',
            })}
            onChange={(event) => store().setAnswer(item.id, {evidence: event.target.value}, {typing: true})}
          />
        </label>
        <label className={styles.field}>
          <span>
            <Translate id="assessment.noteField" description="Label of the note field of an item">
              Pastaba
            </Translate>
          </span>
          <textarea
            rows={2}
            value={answer?.note ?? ''}
            maxLength={LIMITS.text}
            onChange={(event) => store().setAnswer(item.id, {note: event.target.value}, {typing: true})}
          />
        </label>
      </div>
    </fieldset>
  );
}

/** Re-rendered only when its own answer changes, not on every keystroke elsewhere on the page. */
export default memo(ItemControls);
