import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * A frame a wide table scrolls sideways in on a narrow phone. It takes keyboard focus, so it can be
 * scrolled with the arrow keys (WCAG 2.1.1; axe-core's `scrollable-region-focusable`), and is a
 * region named by the table's caption (`labelledBy`, the caption's id).
 */
export default function ScrollFrame({
  labelledBy,
  className,
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className={clsx(styles.frame, className)} role="region" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
