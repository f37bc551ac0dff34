/**
 * Bilingual parity: every doc of every edition exists in Lithuanian and English with the same
 * heading structure (levels and explicit ids, in the same order), every `##`/`###` heading has
 * an explicit id, and every doc belongs to the book's outline. Every chapter of the next edition
 * opens with an "in short" box (./in-short.ts) with the same number of points, linking to the same
 * sections, in both languages; a box in one language only fails in any edition. Run by the build (a plugin) and
 * by the tests; each problem names the file and the line.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {BOOK_ORDER, CHAPTERS} from '../book/outline';
import {CURRENT_EDITION, editionDocsDirs} from '../editions/editions';
import {extractHeadings, frontMatterTitle} from './headings';
import {checkInShortBox, compareInShortBoxes, extractInShortBoxes} from './in-short';

const DOC_FILE = /\.mdx?$/;

export function listDocIds(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isFile() && DOC_FILE.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => entry.name.replace(DOC_FILE, ''))
    .sort();
}

export function docFile(dir: string, id: string): string | null {
  for (const ext of ['.mdx', '.md']) {
    const file = join(dir, id + ext);
    if (existsSync(file)) {
      return file;
    }
  }
  return null;
}

function describe(level: number, id: string | null): string {
  return `${'#'.repeat(level)} {#${id ?? '(no id)'}}`;
}

export function checkEditionParity(siteDir: string, edition: string): string[] {
  const dirs = editionDocsDirs(edition);
  const ltDir = join(siteDir, dirs.lt);
  const enDir = join(siteDir, dirs.en);
  const rel = (file: string) => relative(siteDir, file);
  const problems: string[] = [];
  const ltIds = listDocIds(ltDir);
  const enIds = listDocIds(enDir);

  for (const id of ltIds.filter((x) => !enIds.includes(x))) {
    problems.push(`${rel(join(ltDir, id))}.mdx: no English version (expected ${dirs.en}/${id}.mdx)`);
  }
  for (const id of enIds.filter((x) => !ltIds.includes(x))) {
    problems.push(`${rel(join(enDir, id))}.mdx: no Lithuanian version (expected ${dirs.lt}/${id}.mdx)`);
  }
  for (const id of ltIds.filter((x) => !BOOK_ORDER.includes(x))) {
    problems.push(
      `${rel(join(ltDir, id))}.mdx: "${id}" is not a doc id of the outline (src/book/outline.ts)`,
    );
  }

  for (const id of ltIds.filter((x) => enIds.includes(x))) {
    const ltFile = docFile(ltDir, id);
    const enFile = docFile(enDir, id);
    if (!ltFile || !enFile) {
      continue;
    }
    const ltSource = readFileSync(ltFile, 'utf8');
    const enSource = readFileSync(enFile, 'utf8');
    for (const [file, source] of [
      [ltFile, ltSource],
      [enFile, enSource],
    ] as const) {
      if (!frontMatterTitle(source)) {
        problems.push(`${rel(file)}: front matter has no title`);
      }
      for (const heading of extractHeadings(source)) {
        if (heading.level === 1) {
          problems.push(`${rel(file)}:${heading.line}: a "#" heading; the title comes from the front matter`);
        } else if (heading.id === null && heading.level <= 3) {
          problems.push(
            `${rel(file)}:${heading.line}: heading "${heading.text}" has no explicit id ({#some-id})`,
          );
        }
      }
    }
    const lt = extractHeadings(ltSource);
    const en = extractHeadings(enSource);
    problems.push(...inShortProblems(edition, id, [rel(ltFile), ltSource, lt], [rel(enFile), enSource, en]));
    const length = Math.max(lt.length, en.length);
    for (let i = 0; i < length; i++) {
      const a = lt[i];
      const b = en[i];
      if (a && b && a.level === b.level && a.id === b.id) {
        continue;
      }
      const ltAt = a
        ? `${rel(ltFile)}:${a.line} has ${describe(a.level, a.id)}`
        : `${rel(ltFile)} has no heading`;
      const enAt = b
        ? `${rel(enFile)}:${b.line} has ${describe(b.level, b.id)}`
        : `${rel(enFile)} has no heading`;
      problems.push(`heading structure differs at heading ${i + 1}: ${ltAt}; ${enAt}`);
      break;
    }
  }
  return problems;
}

type DocSide = readonly [file: string, source: string, headings: ReturnType<typeof extractHeadings>];

function inShortProblems(edition: string, id: string, lt: DocSide, en: DocSide): string[] {
  const required = edition === CURRENT_EDITION && (CHAPTERS as readonly string[]).includes(id);
  const problems: string[] = [];
  const sides = [lt, en].map(([file, source, headings]) => ({
    file,
    source,
    ids: headings.map((heading) => heading.id).filter((x): x is string => x !== null),
    has: extractInShortBoxes(source).length > 0,
  }));
  for (const side of sides) {
    if (required || side.has) {
      problems.push(...checkInShortBox(side.file, side.source, side.ids));
    }
  }
  const [a, b] = sides;
  if (a && b && !required && a.has !== b.has) {
    const without = a.has ? b : a;
    problems.push(`${without.file}: no "in short" box (:::inshort), but the other language has one`);
  }
  return [...new Set([...problems, ...compareInShortBoxes(lt[0], lt[1], en[0], en[1])])];
}

export function checkParity(siteDir: string, editions: readonly string[]): string[] {
  return editions.flatMap((edition) => checkEditionParity(siteDir, edition));
}
