import React, {type ReactNode, useId} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  /** Level of the group's heading: one below the heading of the checklist it belongs to. */
  level: 3 | 4;
  children: ReactNode;
}

/**
 * The items about the self-assessment's own process, shown apart from the items that are scored
 * and labelled as not counting in any score (src/assessment/scoring.ts leaves them out).
 */
export default function ProcessItems({level, children}: Props): ReactNode {
  const id = `process-${useId().replace(/:/g, '')}`;
  const HeadingTag = level === 3 ? 'h3' : 'h4';
  return (
    <section className={styles.process} aria-labelledby={id} data-process-items>
      <HeadingTag id={id} className={styles.title}>
        <Translate
          id="checklist.process.title"
          description="Heading of the self-assessment's own process items">
          Savęs vertinimo proceso klausimai – į rezultatą neįskaičiuojami
        </Translate>
      </HeadingTag>
      <p className={styles.note}>
        <Translate id="checklist.process.note" description="Why the process items are not scored">
          Šie klausimai klausia apie patį savęs vertinimą, o ne apie įstaigos darbą, todėl nei skyriaus, nei
          visos įstaigos rezultatas nuo jų nepriklauso. Atsakykite į juos baigę savęs vertinimą.
        </Translate>
      </p>
      {children}
    </section>
  );
}
