import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

/** Column headers of the action plan, on the page and in the printed report. */
export default function ActionPlanHead({first}: {first: ReactNode}): ReactNode {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">
          <Translate id="assessment.plan.answerWeight">Atsakymas, svarba</Translate>
        </th>
        <th scope="col">
          <Translate id="assessment.plan.measureIndicator">Priemonė ir rezultato rodiklis</Translate>
        </th>
        <th scope="col">
          <Translate id="assessment.plan.owner">Atsakingas asmuo</Translate>
        </th>
        <th scope="col">
          <Translate id="assessment.plan.due">Terminas</Translate>
        </th>
        <th scope="col">
          <Translate id="assessment.plan.status">Būsena</Translate>
        </th>
      </tr>
    </thead>
  );
}

/** The name of a plan cell, shown in it only where the rows are stacked cards (narrow screens). */
export function CellLabel({children, className}: {children: ReactNode; className?: string}): ReactNode {
  return (
    <span className={className} aria-hidden="true">
      {children}
    </span>
  );
}
