import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Weight} from '../../src/assessment/checklist';
import type {Answer, ItemAnswer} from '../../src/assessment/model';
import {score} from '../../src/assessment/scoring';
import {parseTranslationFile} from '../../src/content/translations';
import {allEditions, editionDocsDirs, readReleasedEditions} from '../../src/editions/editions';

// The `monitoring-and-improvement` chapter states the scoring formula and works an example; the
// self-assessment code must compute exactly what the text says, in every edition and language.
const ANSWER_WORDS: Record<'lt' | 'en', Record<string, Answer>> = {
  lt: {Taip: 'yes', 'Iš dalies': 'partly', Ne: 'no', Netaikoma: 'na'},
  en: {Yes: 'yes', Partly: 'partly', No: 'no', 'Not applicable': 'na'},
};
const VALUE_OF: Record<Answer, string[]> = {
  yes: ['1'],
  partly: ['0,5', '0.5'],
  no: ['0'],
  na: ['—', '–', '-'],
};
// A row about the self-assessment's own process names itself so and is shown as not scored.
const PROCESS_ROW: Record<'lt' | 'en', {marker: string; value: string}> = {
  lt: {marker: '(proceso klausimas)', value: 'neskaičiuojama'},
  en: {marker: '(process item)', value: 'not scored'},
};
const BAND_KEYS = {
  high: 'assessment.band.high',
  'above-average': 'assessment.band.aboveAverage',
  average: 'assessment.band.average',
  'below-average': 'assessment.band.belowAverage',
  low: 'assessment.band.low',
} as const;

function exampleSection(source: string): string {
  const start = source.indexOf('{#scoring-example}');
  if (start < 0) {
    throw new Error('no heading with {#scoring-example}');
  }
  const rest = source.slice(start);
  const end = rest.slice(1).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

function readExample(source: string, locale: 'lt' | 'en') {
  const section = exampleSection(source);
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const items = rows.map((cells, i) => {
    const [itemCell = '', weightCell = '', answerCell = '', valueCell = ''] = cells;
    const answer = ANSWER_WORDS[locale][answerCell];
    if (!answer) {
      throw new Error(`row ${i + 1}: "${answerCell}" is not an answer word`);
    }
    const process = itemCell.endsWith(PROCESS_ROW[locale].marker);
    if (process) {
      expect(valueCell, `row ${i + 1} value`).toBe(PROCESS_ROW[locale].value);
    } else {
      expect(VALUE_OF[answer], `row ${i + 1} value`).toContain(valueCell);
    }
    const scope = process ? {scope: 'process' as const} : {};
    return {id: `example.row-${i}`, weight: Number(weightCell) as Weight, answer, ...scope};
  });
  const blocks = [...section.matchAll(/\$\$([\s\S]*?)\$\$/g)].map((m) => m[1] ?? '');
  expect(blocks).toHaveLength(1);
  const result = /=\s*(\d)(?:\{,\}|\.)(\d{2})\s*$/.exec((blocks[0] ?? '').trim());
  if (!result) {
    throw new Error('the math block does not end with "= <result>" to two decimals');
  }
  return {items, stated: Number(`${result[1]}.${result[2]}`), section};
}

const siteDir = process.cwd();
const editions = allEditions(readReleasedEditions(siteDir)).map((e) => e.name);

describe.each(editions)('the worked scoring example of edition %s', (edition) => {
  it.each(['lt', 'en'] as const)('in %s agrees with the self-assessment code', (locale) => {
    const file = join(siteDir, editionDocsDirs(edition)[locale], 'monitoring-and-improvement.mdx');
    const {items, stated, section} = readExample(readFileSync(file, 'utf8'), locale);
    const scored = items.filter((i) => !('scope' in i));
    expect(scored.length).toBeGreaterThanOrEqual(4);
    expect(new Set(scored.map((i) => i.answer))).toEqual(new Set(['yes', 'partly', 'no', 'na']));
    const answers: Record<string, ItemAnswer> = Object.fromEntries(
      items.map((i) => [i.id, {answer: i.answer, evidence: '', note: '', updatedAt: 1}]),
    );
    const computed = score(items, answers);
    expect(computed.value).toBe(stated);
    const labels = parseTranslationFile(readFileSync(join(siteDir, 'i18n', locale, 'code.json'), 'utf8'));
    const band = computed.band ? labels[BAND_KEYS[computed.band]] : undefined;
    expect(band, 'band label').toBeDefined();
    expect(section).toContain(`**${band}**`);
  });
});

describe('readExample', () => {
  it('fails when the stated result disagrees with the table', () => {
    const text = [
      '### Pavyzdys {#scoring-example}',
      '| Klausimas | Svoris | Atsakymas | Vertė |',
      '|---|---|---|---|',
      '| A | 3 | Taip | 1 |',
      '| B | 1 | Ne | 0 |',
      '$$',
      'S = \\frac{3}{4} = 0{,}70',
      '$$',
    ].join('\n');
    const {items, stated} = readExample(text, 'lt');
    const answers = Object.fromEntries(
      items.map((i) => [i.id, {answer: i.answer, evidence: '', note: '', updatedAt: 1}]),
    );
    expect(stated).toBe(0.7);
    expect(score(items, answers).value).toBe(0.75);
  });

  it('leaves a process row out of the score', () => {
    const text = [
      '### Example {#scoring-example}',
      '| Item | Weight | Answer | Value |',
      '|---|---|---|---|',
      '| A | 3 | Yes | 1 |',
      '| B | 1 | No | 0 |',
      '| Report presented (process item) | 3 | No | not scored |',
      '$$',
      'S = \\frac{3}{4} = 0.75',
      '$$',
    ].join('\n');
    const {items, stated} = readExample(text, 'en');
    const answers = Object.fromEntries(
      items.map((i) => [i.id, {answer: i.answer, evidence: '', note: '', updatedAt: 1}]),
    );
    expect(items.map((i) => 'scope' in i)).toEqual([false, false, true]);
    expect(score(items, answers).value).toBe(stated);
  });
});
