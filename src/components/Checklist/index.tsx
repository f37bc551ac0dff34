import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {LocalizedChecklistItem} from '@site/src/assessment/checklist';
import styles from './styles.module.css';

interface Props {
  chapter: string;
  /** Injected at build time by src/remark/checklist-items.ts, in the page's edition and language. */
  edition: string;
  items: LocalizedChecklistItem[];
}

function useItemCount(count: number): string {
  const {selectMessage} = usePluralForm();
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

function weightLabel(weight: number): string {
  switch (weight) {
    case 3:
      return translate({id: 'checklist.weight.3', message: 'būtina', description: 'Item weight 3'});
    case 2:
      return translate({id: 'checklist.weight.2', message: 'svarbu', description: 'Item weight 2'});
    default:
      return translate({id: 'checklist.weight.1', message: 'naudinga', description: 'Item weight 1'});
  }
}

/** The chapter's self-assessment items, in the reader's language, with their guidance. */
export default function Checklist({chapter, edition, items}: Props): ReactNode {
  const count = useItemCount(items.length);
  return (
    <section className={styles.checklist} data-chapter={chapter} data-edition={edition}>
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
      <ol className={styles.items}>
        {items.map((item) => (
          <li key={item.id} id={item.id} className={styles.item}>
            <p className={styles.question}>{item.question}</p>
            <p className={styles.meta}>
              <span className={styles.weight}>
                <Translate
                  id="checklist.weight"
                  values={{weight: weightLabel(item.weight)}}
                  description="Item weight label">
                  {'Svarba: {weight}'}
                </Translate>
              </span>
              <Link to={`#${item.section}`}>
                <Translate
                  id="checklist.explained"
                  description="Link from an item to the section that explains it">
                  Kur tai paaiškinta
                </Translate>
              </Link>
            </p>
            <details className={styles.details}>
              <summary>
                <Translate id="checklist.guidance" description="Summary of the guidance disclosure">
                  Kaip atrodo atsakymas „Taip“
                </Translate>
              </summary>
              <p>{item.guidance}</p>
              <p>
                <strong>
                  <Translate
                    id="checklist.evidence"
                    description="Label before the evidence that proves the answer">
                    Įrodymai:
                  </Translate>
                </strong>{' '}
                {item.evidence}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
