import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import AdmonitionLayout from '@theme/Admonition/Layout';
import styles from './styles.module.css';

interface BoxProps {
  title?: ReactNode;
  className?: string;
  children: ReactNode;
}

function NorwayIcon(): ReactNode {
  // A plain Nordic cross: recognisable, no colour needed to read it.
  return (
    <svg viewBox="0 0 22 16" width="22" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="21" height="15" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M7 0.5v15M0.5 8h21" stroke="currentColor" strokeWidth="3" />
    </svg>
  );
}

function ExampleIcon(): ReactNode {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M3 1.5h7l3 3v10H3z" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M5.5 7h5M5.5 9.5h5M5.5 12h3" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

function InShortIcon(): ReactNode {
  // Three short lines: a summary list.
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 4h12M2 8h9M2 12h6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** The "in short" box that opens every chapter (:::inshort[Trumpai]); see src/content/in-short.ts. */
function InShortBox(props: BoxProps): ReactNode {
  return (
    <AdmonitionLayout
      type="inshort"
      icon={<InShortIcon />}
      title={
        <Translate
          id="admonition.inshort"
          description="Default title of a chapter's summary box (:::inshort)">
          Trumpai
        </Translate>
      }
      {...props}
      className={clsx('alert', styles.inshort, props.className)}>
      {props.children}
    </AdmonitionLayout>
  );
}

function NorwayBox(props: BoxProps): ReactNode {
  return (
    <AdmonitionLayout
      type="norway"
      icon={<NorwayIcon />}
      title={
        <Translate id="admonition.norway" description="Default title of a Norwegian practice box (:::norway)">
          Norvegijos praktika
        </Translate>
      }
      {...props}
      className={clsx('alert', styles.norway, props.className)}>
      {props.children}
    </AdmonitionLayout>
  );
}

function ExampleBox(props: BoxProps): ReactNode {
  return (
    <AdmonitionLayout
      type="example"
      icon={<ExampleIcon />}
      title={
        <Translate id="admonition.example" description="Default title of a worked example box (:::example)">
          Pavyzdys
        </Translate>
      }
      {...props}
      className={clsx('alert', styles.example, props.className)}>
      {props.children}
    </AdmonitionLayout>
  );
}

const AdmonitionTypes = {
  ...DefaultAdmonitionTypes,
  norway: NorwayBox,
  example: ExampleBox,
  inshort: InShortBox,
};

export default AdmonitionTypes;
