import React, {type ReactNode, useEffect, useId, useRef, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {describeScore} from '@site/src/assessment/progress';
import type {Score} from '@site/src/assessment/scoring';
import ScrollFrame from '@site/src/components/ScrollFrame';
import {formatScore, useScoreWords} from './labels';
import styles from './chart.module.css';

export interface ChartSeries {
  name: string;
  /** One value per category, 0–1, or null where there is no score. */
  values: (number | null)[];
}

interface Props {
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Per category, what the score rests on (band and completeness), in the table and the description. */
  notes?: string[];
  /** Label and bar on one line, with no table under it: the printed report's summary page. */
  compact?: boolean;
}

const DEFAULT_WIDTH = 720;
/** The narrowest drawing: below it the chart scales down. */
const MIN_WIDTH = 300;
/** Roughly how wide a character of a 14 px label is. */
const CHAR_WIDTH = 7.6;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 16;
const GAP = 14;
const LEFT = 22;
const RIGHT = 60;
const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * Horizontal bars of scores from 0 to 1, one row per category and one bar per series, with the
 * band boundaries as grid lines. The SVG is an image with a text description; the same figures
 * follow in a table, for screen readers and for anyone who prefers numbers. Series differ by
 * pattern as well as colour, so the chart reads in grey print too.
 */
export default function ScoreChart({title, categories, series, notes, compact = false}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const id = useId().replace(/:/g, '');
  // Drawn at the width it is shown at (not scaled down), so that labels stay readable on a phone.
  const figure = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = figure.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    let frame = 0;
    // Set in the next frame, not in the observer's callback: redrawing changes the figure's height,
    // which must not loop back into the observer.
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const shown = Math.round(element.clientWidth);
        setWidth(shown > 0 ? Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, shown)) : DEFAULT_WIDTH);
      });
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);
  // Compact: the label on the left of its bar; otherwise above it, across the whole width.
  const left = compact ? Math.round(width * 0.42) : LEFT;
  const labelHeight = compact ? 0 : LABEL_HEIGHT;
  const maxChars = Math.floor((compact ? left - 8 : width - LEFT) / CHAR_WIDTH);
  const shorten = (text: string) => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  const rowHeight = labelHeight + series.length * (BAR_HEIGHT + 3) + (compact ? 4 : GAP);
  const top = 28;
  const height = top + categories.length * rowHeight + 8;
  const plot = width - left - RIGHT;
  const x = (value: number) => left + value * plot;
  const description = categories
    .map((category, c) =>
      series
        .map(
          (s) =>
            `${category}${series.length > 1 ? ` – ${s.name}` : ''}: ${notes?.[c] ?? formatScore(s.values[c] ?? null, i18n.currentLocale)}`,
        )
        .join('; '),
    )
    .join('. ');
  return (
    <figure className={styles.figure} ref={figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern
            id={`${id}-p1`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.patternBackground} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.patternLine} strokeWidth="3" />
          </pattern>
          <pattern id={`${id}-p2`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className={styles.patternBackground} />
            <circle cx="3" cy="3" r="1.6" className={styles.patternDot} />
          </pattern>
        </defs>
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top - 6} y2={height - 8} className={styles.grid} />
            <text x={x(tick)} y={top - 12} className={styles.tick} textAnchor="middle">
              {formatScore(tick, i18n.currentLocale)}
            </text>
          </g>
        ))}
        {categories.map((category, c) => {
          const y0 = top + c * rowHeight;
          return (
            <g key={category}>
              <text
                x={compact ? 0 : LEFT}
                y={compact ? y0 + BAR_HEIGHT - 3 : y0 + LABEL_HEIGHT - 6}
                className={styles.label}>
                {shorten(category)}
              </text>
              {series.map((s, k) => {
                const value = s.values[c] ?? null;
                const y = y0 + labelHeight + k * (BAR_HEIGHT + 3);
                const fill = k % 3 === 0 ? undefined : `url(#${id}-p${k % 3})`;
                return (
                  <g key={s.name}>
                    <rect
                      x={left}
                      y={y}
                      width={value === null ? 0 : Math.max(2, value * plot)}
                      height={BAR_HEIGHT}
                      className={styles[`bar${k % 3}`]}
                      style={fill ? {fill} : undefined}
                    />
                    <text
                      x={value === null ? left + 4 : x(value) + 6}
                      y={y + BAR_HEIGHT - 3}
                      className={styles.value}>
                      {formatScore(value, i18n.currentLocale)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? (
        <ul className={styles.legend}>
          {series.map((s, k) => (
            <li key={s.name}>
              <svg width="18" height="12" aria-hidden="true">
                <rect
                  width="18"
                  height="12"
                  className={styles[`bar${k % 3}`]}
                  style={k % 3 ? {fill: `url(#${id}-p${k % 3})`} : undefined}
                />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      {compact ? null : (
        <ScrollFrame labelledBy={`${id}-caption`} className={styles.tableFrame}>
          <table className={styles.table}>
            <caption id={`${id}-caption`}>{title}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <Translate
                    id="assessment.chart.chapter"
                    description="Header of the chapter column in score tables">
                    Skyrius
                  </Translate>
                </th>
                {series.map((s) => (
                  <th key={s.name} scope="col">
                    {s.name}
                  </th>
                ))}
                {notes ? (
                  <th scope="col">
                    <Translate
                      id="assessment.chart.basis"
                      description="Header of the band and completeness column">
                      Lygis ir kiek atsakyta
                    </Translate>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, c) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => (
                    <td key={s.name}>{formatScore(s.values[c] ?? null, i18n.currentLocale)}</td>
                  ))}
                  {notes ? <td className={styles.note}>{notes[c]}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollFrame>
      )}
    </figure>
  );
}

/** The chapter scores of one assessment, as the results section and the printed report show them. */
export function ChapterScoresChart({
  titles,
  scores,
  compact,
}: {
  titles: string[];
  scores: Score[];
  compact?: boolean;
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const words = useScoreWords();
  return (
    <ScoreChart
      title={translate({id: 'assessment.results.chart', message: 'Skyrių rezultatai (0–1)'})}
      categories={titles}
      series={[
        {
          name: translate({id: 'assessment.results.series', message: 'Rezultatas'}),
          values: scores.map((s) => s.value),
        },
      ]}
      notes={scores.map((s) => describeScore(s, i18n.currentLocale, words))}
      compact={compact}
    />
  );
}
