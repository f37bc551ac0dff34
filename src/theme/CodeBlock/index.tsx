import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  children?: ReactNode;
  className?: string;
  title?: string;
}

/** The text of a fenced block (MDX passes a string; anything else is flattened to its text). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') {
    return String(node);
  }
  if (Array.isArray(node)) {
    return node.map(textOf).join('');
  }
  if (React.isValidElement<{children?: ReactNode}>(node)) {
    return textOf(node.props.children);
  }
  return '';
}

/**
 * Fenced blocks, shown as they are written, with a button that copies them. The book's fenced
 * blocks are texts to copy (citation formats), not program code, so no syntax colouring: the
 * theme's own block would bring Prism, about 35 KiB gzip, into every page's JavaScript (see
 * src/plugins/lean-client).
 */
export default function CodeBlock({children, className, title}: Props): ReactNode {
  const text = textOf(children).replace(/\n$/, '');
  const [copied, setCopied] = useState(false);
  const pre = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (!copied) {
      return undefined;
    }
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = () => {
    const done = () => setCopied(true);
    // Without the clipboard API (an insecure origin, a refusal) the text is selected instead, so
    // the reader can copy it with the keyboard.
    const select = () => {
      const node = pre.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
    };
    if (typeof navigator.clipboard?.writeText === 'function') {
      navigator.clipboard.writeText(text).then(done, select);
    } else {
      select();
    }
  };

  return (
    <div className={styles.block}>
      {title && <div className={styles.title}>{title}</div>}
      {/* Focusable, so that a long line can be scrolled with the keyboard. */}
      <pre ref={pre} className={clsx(className, styles.pre)} tabIndex={0}>
        <code>{text}</code>
      </pre>
      <button
        type="button"
        className={clsx('button button--sm button--secondary', styles.copy)}
        onClick={copy}>
        {translate({
          id: 'theme.CodeBlock.copy',
          message: 'Kopijuoti',
          description: 'The copy button label on code blocks',
        })}
      </button>
      <span className={styles.status} role="status">
        {copied
          ? translate({
              id: 'theme.CodeBlock.copied',
              message: 'Nukopijuota',
              description: 'The copied button label on code blocks',
            })
          : ''}
      </span>
    </div>
  );
}
