import React, {type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import MDXA from '@theme/MDXComponents/A';
import {isExternalHref} from '@site/src/content/external-links';
import styles from './styles.module.css';

/**
 * Links in the docs (MDX `a`). A link to another origin gets a visible marker and the words
 * "(external link)" for screen readers, and opens no window relationship (noopener noreferrer);
 * internal links render exactly as before.
 */
export default function DocLink(props: ComponentProps<typeof MDXA>): ReactNode {
  if (!isExternalHref(props.href)) {
    return <MDXA {...props} />;
  }
  return (
    <MDXA {...props} rel="noopener noreferrer" className={clsx(props.className, styles.external)}>
      {props.children}
      <span className={styles.marker} aria-hidden="true">
        ↗
      </span>
      <span className="sr-only">
        {' '}
        <Translate id="link.external" description="Screen-reader text after a link to another website">
          (išorinė nuoroda)
        </Translate>
      </span>
    </MDXA>
  );
}
