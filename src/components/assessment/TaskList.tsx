import React, {memo, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {chapterProgress, describeScore, ITEM_FILTERS, type ItemFilter} from '@site/src/assessment/progress';
import {useAssessmentContext} from './context';
import {useScoreWords} from './labels';
import type {QuestionsView} from './view';
import styles from './tasks.module.css';

function filterLabel(filter: ItemFilter): string {
  switch (filter) {
    case 'all':
      return translate({id: 'assessment.filter.all', message: 'visus klausimus'});
    case 'unanswered':
      return translate({id: 'assessment.filter.unanswered', message: 'tik neatsakytus'});
    case 'plan':
      return translate({id: 'assessment.filter.plan', message: 'tik įtrauktus į veiksmų planą'});
  }
}

/**
 * The overview to work from (the GOV.UK "task list" pattern): each chapter with how many of its
 * questions are answered, its score once it has one and a link to it, and what to show.
 */
function TaskList({view}: {view: QuestionsView}): ReactNode {
  const {edition, state, locale} = useAssessmentContext();
  const words = useScoreWords();
  const progress = chapterProgress(edition, state.record.current);
  return (
    <nav aria-labelledby="overview" className={styles.overview} data-task-list>
      <Heading as="h2" id="overview">
        <Translate id="assessment.overview.title">Vertinimo eiga pagal skyrius</Translate>
      </Heading>
      <ol className={styles.tasks}>
        {edition.chapters.map((chapter, index) => {
          const p = progress[index];
          if (!p) {
            return null;
          }
          const status =
            p.answered === 0
              ? translate({id: 'assessment.task.notStarted', message: 'Nepradėta'})
              : p.answered < p.total
                ? translate({id: 'assessment.task.inProgress', message: 'Pradėta'})
                : translate({id: 'assessment.task.done', message: 'Atsakyta'});
          return (
            <li key={chapter.chapter} className={styles.task} data-task={chapter.chapter}>
              <a
                href={`#chapter-${chapter.chapter}`}
                className={styles.name}
                onClick={() => view.expand(chapter.chapter)}>
                {chapter.title[locale]}
              </a>
              <span className={styles.count} data-task-count={`${p.answered}/${p.total}`}>
                <Translate
                  id="assessment.task.count"
                  values={{answered: p.answered, total: p.total}}
                  description="Answered and total questions of a chapter in the task list">
                  {'{answered} iš {total}'}
                </Translate>
              </span>
              <span
                className={`${styles.tag} ${p.answered === p.total ? styles.tagDone : p.answered > 0 ? styles.tagDoing : ''}`}>
                {status}
              </span>
              {p.score && p.score.value !== null ? (
                <span className={styles.score} data-task-score>
                  {describeScore(p.score, locale, words).split(';')[0]}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className={styles.controls}>
        <fieldset className={styles.filter}>
          <legend>
            <Translate id="assessment.filter.legend">Rodyti</Translate>
          </legend>
          {ITEM_FILTERS.map((filter) => (
            <label key={filter} className={styles.option}>
              <input
                type="radio"
                name="question-filter"
                value={filter}
                checked={view.filter === filter}
                onChange={() => view.choose(filter)}
              />{' '}
              {filterLabel(filter)}
            </label>
          ))}
        </fieldset>
        <p className={styles.fold}>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => view.setAll(true)}>
            <Translate id="assessment.overview.collapseAll">Suskleisti visus skyrius</Translate>
          </button>{' '}
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => view.setAll(false)}>
            <Translate id="assessment.overview.expandAll">Išskleisti visus skyrius</Translate>
          </button>
        </p>
      </div>
    </nav>
  );
}

/** Rendered again when the answers or the view change, not while questions are being added. */
export default memo(TaskList);
