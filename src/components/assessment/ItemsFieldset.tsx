import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Wraps a list of items so that none of their controls can be used until the page has read the
 * browser's storage (answers typed before that would be lost): one `inert` attribute, removed with one
 * change once the store is ready. Disabling each control instead changes the `:disabled` state of
 * hundreds of elements at that moment, and so does `disabled` on a fieldset; Lighthouse's trace showed
 * it as the longest task after hydration (about 100 ms unthrottled on a chapter, 0.8 s on the
 * self-assessment page). No group of its own for assistive technology (`role="none"`): each item is
 * already a named group.
 */
export default function ItemsFieldset({ready, children}: {ready: boolean; children: ReactNode}): ReactNode {
  return (
    <fieldset role="none" inert={!ready} className={styles.itemsFieldset}>
      {children}
    </fieldset>
  );
}
