import React, {type ReactNode, useMemo} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {isScored, localizeItem, type ChecklistItem} from '@site/src/assessment/checklist';
import {score} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import ItemControls from './ItemControls';
import ScoreSummary from './ScoreSummary';
import ProcessItems from '../ProcessItems';

/** Every chapter's items of the edition, grouped by chapter, answered in place. */
export default function QuestionsSection(): ReactNode {
  const {edition, store, state, locale} = useAssessmentContext();
  const answers = state.record.current.answers;
  // The same item objects on every render, so that a keystroke re-renders only its own item.
  const localized = useMemo(
    () =>
      new Map(edition.chapters.flatMap((c) => c.items.map((item) => [item.id, localizeItem(item, locale)]))),
    [edition, locale],
  );
  const controls = (path: string, items: ChecklistItem[]) =>
    items.map((item) => (
      <ItemControls
        key={item.id}
        item={localized.get(item.id) ?? localizeItem(item, locale)}
        answer={answers[item.id]}
        store={store}
        sectionHref={`${path}#${item.section}`}
      />
    ));
  return (
    <section aria-labelledby="questions" className="margin-bottom--lg">
      <Heading as="h2" id="questions">
        <Translate id="assessment.questions.title">Klausimai pagal skyrius</Translate>
      </Heading>
      {edition.chapters.map((chapter) => (
        <section
          key={chapter.chapter}
          aria-labelledby={`chapter-${chapter.chapter}`}
          data-chapter={chapter.chapter}>
          <Heading as="h3" id={`chapter-${chapter.chapter}`}>
            <Link to={chapter.path}>{chapter.title[locale]}</Link>
          </Heading>
          {chapter.items.some(isScored) ? <ScoreSummary score={score(chapter.items, answers)} /> : null}
          {controls(chapter.path, chapter.items.filter(isScored))}
          {chapter.items.some((item) => !isScored(item)) ? (
            <ProcessItems level={4}>
              {controls(
                chapter.path,
                chapter.items.filter((item) => !isScored(item)),
              )}
            </ProcessItems>
          ) : null}
        </section>
      ))}
    </section>
  );
}
