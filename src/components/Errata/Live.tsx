import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {LocalizedErrataEntry} from '@site/src/remark/errata';
import styles from './styles.module.css';

export interface Props {
  /** Injected at build time by src/remark/errata.ts, in the page's edition and language. */
  entries?: LocalizedErrataEntry[];
}

/** The corrections made to a released edition, each linked to the section it corrected. */
export default function Errata({entries = []}: Props): ReactNode {
  if (entries.length === 0) {
    return (
      <p>
        <Translate
          id="errata.none"
          description="Shown on a released edition's about page when it has no corrections">
          Šiame leidime pataisų nėra.
        </Translate>
      </p>
    );
  }
  return (
    <ol className={styles.errata}>
      {entries.map((entry) => (
        <li key={`${entry.date}-${entry.href}-${entry.wrong}`}>
          <p className={styles.where}>
            <time dateTime={entry.date}>{entry.dateLabel}</time>
            {' · '}
            <Link to={entry.href}>
              {entry.chapterTitle}: {entry.sectionTitle}
            </Link>
          </p>
          <dl className={styles.change}>
            <dt>
              <Translate
                id="errata.wrong"
                description="Label before what a released edition said before a correction">
                Buvo
              </Translate>
            </dt>
            <dd>{entry.wrong}</dd>
            <dt>
              <Translate
                id="errata.now"
                description="Label before what a released edition says after a correction">
                Dabar
              </Translate>
            </dt>
            <dd>{entry.now}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
