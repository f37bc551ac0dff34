import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {usePluralMessage} from '@site/src/components/usePluralMessage';
import {isScored, type LocalizedChecklistItem} from '@site/src/assessment/checklist';
import {yesWithoutEvidence} from '@site/src/assessment/progress';
import {score} from '@site/src/assessment/scoring';
import type {AssessmentGlobalData} from '@site/src/plugins/checklists';
import ItemControls from '@site/src/components/assessment/ItemControls';
import UntilReady from '@site/src/components/assessment/UntilReady';
import ScoreSummary from '@site/src/components/assessment/ScoreSummary';
import StorageNotice from '@site/src/components/assessment/StorageNotice';
import {useAssessment} from '@site/src/components/assessment/useAssessment';
import ProcessItems from '@site/src/components/ProcessItems';
import PaperForm from './PaperForm';
import styles from './styles.module.css';

export interface Props {
  chapter: string;
  /** Injected at build time by src/remark/checklist-items.ts, in the page's edition and language. */
  edition: string;
  items: LocalizedChecklistItem[];
}

function useItemCount(count: number): string {
  const selectMessage = usePluralMessage();
  return selectMessage(
    count,
    translate(
      {
        id: 'checklist.itemCount',
        message: '{count} klausimas|{count} klausimai|{count} klausimo|{count} klausimų',
        description:
          'Number of self-assessment questions in a chapter; plural forms separated by | (lt: one|few|many|other)',
      },
      {count},
    ),
  );
}

/**
 * The chapter's self-assessment: each item answered in place, kept in the browser with the rest
 * of the institution's assessment of this edition, with the chapter's progress and score.
 */
export default function Checklist({chapter, edition, items}: Props): ReactNode {
  const count = useItemCount(items.length);
  const {store, state} = useAssessment(edition);
  const answers = state.record.current.answers;
  const global = usePluginData('skaidrumo-checklists') as AssessmentGlobalData;
  const page = global.editions.find((e) => e.name === edition);
  const scored = items.filter(isScored);
  const process = items.filter((item) => !isScored(item));
  const controls = (list: LocalizedChecklistItem[]) =>
    list.map((item) => (
      <ItemControls
        key={item.id}
        item={item}
        anchorId={item.id}
        answer={answers[item.id]}
        edition={edition}
        sectionHref={`#${item.section}`}
      />
    ));
  return (
    <section
      className={`checklist ${styles.checklist}`}
      data-chapter={chapter}
      data-edition={edition}
      data-ready={store ? 'true' : 'false'}>
      <div className="checklist-screen">
        <p className={styles.intro}>
          <Translate
            id="checklist.intro"
            values={{count: <strong>{count}</strong>}}
            description="Intro line above a chapter's self-assessment questions">
            {
              'Šio skyriaus savęs vertinimas: {count}. Į kiekvieną atsakoma „Taip“, „Iš dalies“, „Ne“ arba „Netaikoma“, remiantis įstaigos dokumentais.'
            }
          </Translate>
        </p>
        <StorageNotice state={state} />
        {scored.length > 0 ? (
          <ScoreSummary
            score={score(scored, answers)}
            withoutEvidence={yesWithoutEvidence(scored, answers).length}
          />
        ) : null}
        <UntilReady ready={store !== null}>
          {scored.length > 0 ? <div className={styles.items}>{controls(scored)}</div> : null}
          {process.length > 0 ? <ProcessItems level={3}>{controls(process)}</ProcessItems> : null}
        </UntilReady>
        {page ? (
          <p className={styles.more}>
            <Translate
              id="checklist.wholeAssessment"
              values={{
                link: (
                  <Link to={page.path}>
                    <Translate
                      id="checklist.wholeAssessment.link"
                      description="Link text to the whole-institution assessment page">
                      visos įstaigos savęs vertinimą
                    </Translate>
                  </Link>
                ),
              }}
              description="Note under a chapter checklist pointing to the whole-institution assessment">
              {
                'Atsakymai saugomi tik jūsų naršyklėje ir kartu su kitų skyrių atsakymais sudaro {link}: ten rasite bendrą rezultatą, veiksmų planą, eksportą ir spausdinamą ataskaitą.'
              }
            </Translate>
          </p>
        ) : null}
      </div>
      <PaperForm chapter={chapter} items={items} />
    </section>
  );
}
