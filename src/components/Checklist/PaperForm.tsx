import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {isScored, type LocalizedChecklistItem} from '@site/src/assessment/checklist';
import {ANSWERS} from '@site/src/assessment/model';
import {answerLabel, weightLabel} from '@site/src/components/assessment/labels';

interface Props {
  chapter: string;
  items: LocalizedChecklistItem[];
}

/** One item of the form: the question (with its weight when it counts), four boxes, two lines. */
function formItem(item: LocalizedChecklistItem, scored: boolean): ReactNode {
  return (
    <li key={item.id} className="checklist-paper__item" data-item={item.id}>
      <p className="checklist-paper__question">
        {item.question}{' '}
        {scored ? (
          <span className="checklist-paper__weight">
            <Translate
              id="checklist.weight"
              values={{weight: `${weightLabel(item.weight)} (w = ${item.weight})`}}
              description="Item weight label">
              {'Svarba: {weight}'}
            </Translate>
          </span>
        ) : null}
      </p>
      <ul className="checklist-paper__answers">
        {ANSWERS.map((value) => (
          <li key={value}>
            <span className="checklist-paper__box" aria-hidden="true" />
            {answerLabel(value)}
          </li>
        ))}
      </ul>
      <p className="checklist-paper__line">
        <Translate id="checklist.paper.evidence" description="Paper checklist form: line for the evidence">
          Įrodymas
        </Translate>
      </p>
      <p className="checklist-paper__line">
        <Translate id="checklist.paper.note" description="Paper checklist form: line for a note">
          Pastaba
        </Translate>
      </p>
    </li>
  );
}

/**
 * The chapter's checklist as a paper form, for printing from the browser and for the PDF
 * editions: every item with its weight (items about the assessment's own process apart, unweighted), four empty boxes, and lines for the evidence and a note.
 * It is hidden on screen (src/css/print.css shows it and hides the interactive checklist in print).
 */
export default function PaperForm({chapter, items}: Props): ReactNode {
  const process = items.filter((item) => !isScored(item));
  return (
    <div className="checklist-paper" data-chapter={chapter}>
      <p className="checklist-paper__fill">
        <span>
          <Translate
            id="checklist.paper.institution"
            description="Paper checklist form: blank for the institution">
            Įstaiga
          </Translate>
        </span>
        <span>
          <Translate id="checklist.paper.date" description="Paper checklist form: blank for the date">
            Data
          </Translate>
        </span>
      </p>
      <ol className="checklist-paper__items">{items.filter(isScored).map((item) => formItem(item, true))}</ol>
      {process.length > 0 ? (
        <>
          <p className="checklist-paper__group">
            <Translate
              id="checklist.process.title"
              description="Heading of the self-assessment's own process items">
              Savęs vertinimo proceso klausimai – į rezultatą neįskaičiuojami
            </Translate>
          </p>
          <ol className="checklist-paper__items">{process.map((item) => formItem(item, false))}</ol>
        </>
      ) : null}
      <p className="checklist-paper__tally">
        <span>Σ w·v =</span>
        <span>Σ w =</span>
        <span>S =</span>
      </p>
    </div>
  );
}
