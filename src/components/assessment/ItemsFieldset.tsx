import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Wraps a list of items so that all their controls are disabled with one attribute until the page
 * has read the browser's storage (answers typed before that would be lost), and enabled with one
 * change after it, instead of hundreds. No group of its own for assistive technology (`role="none"`):
 * each item is already a named group.
 */
export default function ItemsFieldset({ready, children}: {ready: boolean; children: ReactNode}): ReactNode {
  return (
    <fieldset role="none" disabled={!ready} className={styles.itemsFieldset}>
      {children}
    </fieldset>
  );
}
