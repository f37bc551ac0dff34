import React, {memo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {isScored} from '@site/src/assessment/checklist';
import {yesWithoutEvidence} from '@site/src/assessment/progress';
import {scoreChapters} from '@site/src/assessment/scoring';
import {useAssessmentContext} from './context';
import {ChapterScoresChart} from './ScoreChart';
import ScoreSummary from './ScoreSummary';
import styles from './page.module.css';

/** The whole institution's score, the chart of the chapters' scores and how the score is computed. */
const ResultsSection = memo(function ResultsSection(): ReactNode {
  const {edition, state, locale} = useAssessmentContext();
  // A chapter whose items are all about the self-assessment's own process has no score to chart.
  const chapters = edition.chapters.filter((c) => c.items.some(isScored));
  const scores = scoreChapters(
    chapters.map((c) => ({chapter: c.chapter, items: c.items})),
    state.record.current.answers,
  );
  return (
    <section aria-labelledby="results" className="margin-bottom--lg" data-section="results">
      <Heading as="h2" id="results">
        <Translate id="assessment.results.title">Rezultatai</Translate>
      </Heading>
      <div data-overall>
        <ScoreSummary
          score={scores.overall}
          label={<Translate id="assessment.overall">Visa įstaiga</Translate>}
          withoutEvidence={
            yesWithoutEvidence(
              chapters.flatMap((c) => c.items.filter(isScored)),
              state.record.current.answers,
            ).length
          }
        />
      </div>
      <ChapterScoresChart titles={chapters.map((c) => c.title[locale])} scores={scores.chapters} />
      <p className={styles.help}>
        <Translate id="assessment.results.formula">
          Rezultatas – svertinis atsakymų vidurkis: „Taip“ = 1, „Iš dalies“ = 0,5, „Ne“ = 0, o svoris –
          klausimo svarba (1–3). Neatsakyti ir netaikomi klausimai, taip pat savęs vertinimo proceso
          klausimai, neskaičiuojami. Lygiai: 0,80–1,00 aukštas, 0,60–0,79 aukštesnis nei vidutinis, 0,40–0,59
          vidutinis, 0,20–0,39 žemesnis nei vidutinis, 0,00–0,19 žemas.
        </Translate>
      </p>
    </section>
  );
});

export default ResultsSection;
