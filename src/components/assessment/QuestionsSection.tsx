import React, {memo, type ReactNode, useMemo} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {
  isScored,
  localizeItem,
  type Locale,
  type LocalizedChecklistItem,
} from '@site/src/assessment/checklist';
import {allItems, type ChapterChecklist} from '@site/src/assessment/edition-items';
import {displayOrder, itemsInPage} from '@site/src/assessment/in-page';
import type {AssessmentState} from '@site/src/assessment/model';
import {describeScore, yesWithoutEvidence} from '@site/src/assessment/progress';
import {score} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import ItemControls from './ItemControls';
import UntilReady from './UntilReady';
import {useScoreWords} from './labels';
import ScoreSummary from './ScoreSummary';
import ProcessItems from '../ProcessItems';
import RouteLink from '../RouteLink';
import type {QuestionsInPage, QuestionsView} from './view';
import tasks from './tasks.module.css';

interface ChapterProps {
  chapter: ChapterChecklist;
  /** The chapter after it, which its "done" line leads to (none: the results). */
  next: ChapterChecklist | undefined;
  /** How many of its items, in the order shown, are in the page (see useQuestionsInPage). */
  inPage: number;
  folded: boolean;
  shown: QuestionsView['shown'];
  toggle: QuestionsView['toggle'];
  expand: QuestionsView['expand'];
  answers: AssessmentState['answers'];
  localized: ReadonlyMap<string, LocalizedChecklistItem>;
  locale: Locale;
  edition: string;
  /**
   * Whether its questions may be answered: the page has read storage, or the chapter has no
   * questions in the page yet (they are added only after that). Only a chapter served with questions
   * is inert until then, so that reading storage changes one attribute, not one per chapter: each
   * such change cost 1–2 ms in Lighthouse's trace, in one commit that cannot be split.
   */
  ready: boolean;
}

/**
 * One chapter: its heading, score and questions. Rendered again only when its own props change, so
 * that adding a few questions to one chapter does not render the others again.
 */
const ChapterQuestions = memo(function ChapterQuestions({
  chapter,
  next,
  inPage,
  folded,
  shown: filtered,
  toggle,
  expand,
  answers,
  localized,
  locale,
  edition,
  ready,
}: ChapterProps): ReactNode {
  const ordered = useMemo(() => displayOrder(chapter.items), [chapter]);
  // Not all in the page yet (see useQuestionsInPage): the chapter's heading and score, questions to follow.
  const pending = inPage < ordered.length;
  const visible = ordered.slice(0, inPage).filter((item) => filtered === null || filtered.has(item.id));
  const scored = visible.filter(isScored);
  const process = visible.filter((item) => !isScored(item));
  const shown = !folded;
  const bodyId = `chapter-body-${chapter.chapter}`;
  const complete = chapter.items.every((item) => (answers[item.id]?.answer ?? null) !== null);
  const chapterScored = chapter.items.filter(isScored);
  const controls = (items: typeof visible) =>
    items.map((item) => (
      <ItemControls
        key={item.id}
        item={localized.get(item.id) ?? localizeItem(item, locale)}
        answer={answers[item.id]}
        edition={edition}
        sectionHref={`${chapter.path}#${item.section}`}
      />
    ));
  return (
    <section aria-labelledby={`chapter-${chapter.chapter}`} data-chapter={chapter.chapter}>
      <div className={tasks.chapterHead}>
        <Heading as="h3" id={`chapter-${chapter.chapter}`}>
          <RouteLink to={chapter.path}>{chapter.title[locale]}</RouteLink>
        </Heading>
        <button
          type="button"
          className="button button--sm button--link"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => toggle(chapter.chapter)}>
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
      <UntilReady ready={ready}>
        <div id={bodyId} hidden={folded} aria-busy={pending || undefined}>
          {shown && !pending && visible.length === 0 ? (
            <p className={tasks.none}>
              <Translate id="assessment.filter.none">Šiame skyriuje tokių klausimų nėra.</Translate>
            </p>
          ) : null}
          {shown ? controls(scored) : null}
          {shown && process.length > 0 ? <ProcessItems level={4}>{controls(process)}</ProcessItems> : null}
          {shown && !pending && complete ? (
            <p className={tasks.next} data-chapter-done>
              <Translate id="assessment.chapter.done">Visi šio skyriaus klausimai atsakyti.</Translate>{' '}
              {next ? (
                <a href={`#chapter-${next.chapter}`} onClick={() => expand(next.chapter)}>
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
});

/** Every chapter's items of the edition, grouped by chapter, answered in place. */
export default function QuestionsSection({
  view,
  inPage,
}: {
  view: QuestionsView;
  inPage: QuestionsInPage;
}): ReactNode {
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
  const counts = itemsInPage(edition.chapters, inPage.rendered);
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
      {edition.chapters.map((chapter, index) => (
        <ChapterQuestions
          key={chapter.chapter}
          chapter={chapter}
          next={edition.chapters[index + 1]}
          inPage={counts[index] ?? 0}
          folded={view.collapsed.has(chapter.chapter)}
          shown={view.shown}
          toggle={view.toggle}
          expand={view.expand}
          answers={answers}
          localized={localized}
          locale={locale}
          edition={edition.edition}
          ready={store !== null || (counts[index] ?? 0) === 0}
        />
      ))}
    </section>
  );
}
