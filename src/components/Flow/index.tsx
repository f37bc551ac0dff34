import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export interface FlowStep {
  title: string;
  text?: string;
}

interface Props {
  caption: string;
  steps: FlowStep[];
}

/**
 * A process or decision path as numbered steps joined by arrows. It is an ordered list inside a
 * figure, so screen readers, print and both colour modes get the same content as the eye.
 */
export default function Flow({caption, steps}: Props): ReactNode {
  return (
    <figure className={styles.flow}>
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <li key={index} className={styles.step}>
            <span className={styles.number} aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <strong className={styles.title}>{step.title}</strong>
              {step.text ? <p className={styles.text}>{step.text}</p> : null}
            </div>
          </li>
        ))}
      </ol>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}
