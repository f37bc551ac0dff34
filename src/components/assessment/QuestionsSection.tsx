import React, {type ReactNode, useMemo} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {isScored, localizeItem, type ChecklistItem} from '@site/src/assessment/checklist';
import {allItems} from '@site/src/assessment/edition-items';
import {describeScore, yesWithoutEvidence} from '@site/src/assessment/progress';
import {score} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import ItemControls from './ItemControls';
import UntilReady from './UntilReady';
import {useScoreWords} from './labels';
import ScoreSummary from './ScoreSummary';
import ProcessItems from '../ProcessItems';
import type {QuestionsView} from './view';
import tasks from './tasks.module.css';

/** Every chapter's items of the edition, grouped by chapter, answered in place. */
export default function QuestionsSection({view}: {view: QuestionsView}): ReactNode {
  const {edition, store, state, locale} = useAssessmentContext();
  const answers = state.record.current.answers;
  const words = useScoreWords();
  // The same item objects on every render, so that a keystroke re-renders only its own item.
  const localized = useMemo(
    () =>
      new Map(edition.chapters.flatMap((c) => c.items.map((item) => [item.id, localizeItem(item, locale)]))),
    [edition, locale],
  );
  const overall = score(allItems(edition), answers);
  const controls = (path: string, items: ChecklistItem[]) =>
    items.map((item) => (
      <ItemControls
        key={item.id}
        item={localized.get(item.id) ?? localizeItem(item, locale)}
        answer={answers[item.id]}
        edition={edition.edition}
        sectionHref={`${path}#${item.section}`}
      />
    ));
  return (
    <section aria-labelledby="questions" className="margin-bottom--lg" data-section="questions">
      <Heading as="h2" id="questions">
        <Translate id="assessment.questions.title">Klausimai pagal skyrius</Translate>
      </Heading>
      <div className={tasks.sticky} data-sticky-progress>
        <progress max={overall.total} value={overall.answered} aria-hidden="true" />
        <span>{describeScore(overall, locale, words)}</span>
        <a href="#overview">
          <Translate id="assessment.sticky.overview">Į apžvalgą</Translate>
        </a>
      </div>
      {edition.chapters.map((chapter, index) => {
        const visible = chapter.items.filter((item) => view.shown === null || view.shown.has(item.id));
        const scored = visible.filter(isScored);
        const process = visible.filter((item) => !isScored(item));
        // Not yet in the page (see useQuestionsView): the chapter's heading and score, questions to follow.
        const pending = index >= view.rendered;
        const folded = view.collapsed.has(chapter.chapter);
        const shown = !folded && !pending;
        const bodyId = `chapter-body-${chapter.chapter}`;
        const complete = chapter.items.every((item) => (answers[item.id]?.answer ?? null) !== null);
        const next = edition.chapters[index + 1];
        const chapterScored = chapter.items.filter(isScored);
        return (
          <section
            key={chapter.chapter}
            aria-labelledby={`chapter-${chapter.chapter}`}
            data-chapter={chapter.chapter}>
            <div className={tasks.chapterHead}>
              <Heading as="h3" id={`chapter-${chapter.chapter}`}>
                <Link to={chapter.path}>{chapter.title[locale]}</Link>
              </Heading>
              <button
                type="button"
                className="button button--sm button--link"
                aria-expanded={!folded}
                aria-controls={bodyId}
                onClick={() => view.toggle(chapter.chapter)}>
                {folded
                  ? translate({id: 'assessment.chapter.expand', message: 'Išskleisti'})
                  : translate({id: 'assessment.chapter.collapse', message: 'Suskleisti'})}
              </button>
            </div>
            {chapterScored.length > 0 ? (
              <ScoreSummary
                score={score(chapter.items, answers)}
                withoutEvidence={yesWithoutEvidence(chapterScored, answers).length}
              />
            ) : null}
            <UntilReady ready={store !== null}>
              <div
                id={bodyId}
                hidden={folded}
                aria-busy={pending || undefined}
                className={index > 0 ? tasks.laterChapter : undefined}>
                {shown && visible.length === 0 ? (
                  <p className={tasks.none}>
                    <Translate id="assessment.filter.none">Šiame skyriuje tokių klausimų nėra.</Translate>
                  </p>
                ) : null}
                {shown ? controls(chapter.path, scored) : null}
                {shown && process.length > 0 ? (
                  <ProcessItems level={4}>{controls(chapter.path, process)}</ProcessItems>
                ) : null}
                {shown && complete ? (
                  <p className={tasks.next} data-chapter-done>
                    <Translate id="assessment.chapter.done">Visi šio skyriaus klausimai atsakyti.</Translate>{' '}
                    {next ? (
                      <a href={`#chapter-${next.chapter}`} onClick={() => view.expand(next.chapter)}>
                        <Translate id="assessment.chapter.next" values={{chapter: next.title[locale]}}>
                          {'Toliau: {chapter}'}
                        </Translate>
                      </a>
                    ) : (
                      <a href="#results">
                        <Translate id="assessment.chapter.toResults">Toliau: rezultatai</Translate>
                      </a>
                    )}
                  </p>
                ) : null}
              </div>
            </UntilReady>
          </section>
        );
      })}
    </section>
  );
}
