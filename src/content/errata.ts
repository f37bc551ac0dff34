/**
 * Errata of released editions: what was corrected in an edition after its release, kept as data
 * beside the edition (`versioned_docs/version-<year>.errata.yaml`, outside the docs folder so that
 * Docusaurus never reads it as a page). The about page of the edition shows the list (<Errata />),
 * and so will the imprint of the edition's PDF.
 *
 * The file also records the edition's content hash, so that a test notices any change to a released
 * edition that was made without updating its errata list (`npm run errata:hash -- <year>`).
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {CURRENT_EDITION, editionDocsDirs} from '../editions/editions';
import {extractHeadings} from './headings';
import {docFile} from './parity';

export type Locale = 'lt' | 'en';

export interface LocalizedText {
  lt: string;
  en: string;
}

export interface ErrataEntry {
  /** Date of the correction, YYYY-MM-DD. */
  date: string;
  /** Doc id of the chapter corrected. */
  chapter: string;
  /** Heading id of the section corrected (the same in both languages). */
  section: string;
  wrong: LocalizedText;
  now: LocalizedText;
}

export interface Errata {
  edition: string;
  /** `sha256:<hex>` of the edition's files when the list was last brought up to date. */
  contentHash: string;
  entries: ErrataEntry[];
}

/** Path of an edition's errata file, relative to the site. */
export function errataFile(edition: string): string {
  return `versioned_docs/version-${edition}.errata.yaml`;
}

/** The folders and files that make up a released edition, relative to the site. */
export function editionContentRoots(edition: string): string[] {
  const dirs = editionDocsDirs(edition);
  return [dirs.lt, dirs.en, `versioned_sidebars/version-${edition}-sidebars.json`];
}

function listFiles(siteDir: string, path: string): string[] {
  const full = join(siteDir, path);
  if (!existsSync(full)) {
    return [];
  }
  return readdirSync(full, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Every file of a released edition, relative to the site, sorted. */
export function editionContentFiles(siteDir: string, edition: string): string[] {
  return editionContentRoots(edition)
    .flatMap((root) =>
      root.endsWith('.json') ? (existsSync(join(siteDir, root)) ? [root] : []) : listFiles(siteDir, root),
    )
    .sort();
}

/**
 * `sha256:<hex>` over the edition's files in sorted order: each file's path and its text (line
 * endings normalised, so that a checkout with CRLF gives the same hash).
 */
export function editionContentHash(siteDir: string, edition: string): string {
  const hash = createHash('sha256');
  for (const file of editionContentFiles(siteDir, edition)) {
    const text = readFileSync(join(siteDir, file), 'utf8').replace(/\r\n/g, '\n');
    hash.update(`${file}\0${text}\0`);
  }
  return `sha256:${hash.digest('hex')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HASH = /^sha256:[0-9a-f]{64}$/;

function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localized(value: unknown, where: string, problems: string[]): LocalizedText | null {
  if (!isRecord(value)) {
    problems.push(`${where}: expected lt and en texts`);
    return null;
  }
  const result: Partial<LocalizedText> = {};
  for (const locale of ['lt', 'en'] as const) {
    const text = value[locale];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${where}.${locale}: missing or empty`);
    } else {
      result[locale] = text.trim();
    }
  }
  return result.lt !== undefined && result.en !== undefined ? {lt: result.lt, en: result.en} : null;
}

/**
 * Heading ids of a chapter in one language, or null when the chapter does not exist. The
 * validation asks through this function so that it can be tested without files.
 */
export type SectionLookup = (chapter: string, locale: Locale) => Set<string> | null;

/** Checks parsed errata data; every problem says where it is (entry number and field). */
export function validateErrata(
  data: unknown,
  edition: string,
  sections: SectionLookup,
): {errata: Errata | null; problems: string[]} {
  const problems: string[] = [];
  if (!isRecord(data)) {
    return {errata: null, problems: ['expected a mapping with edition, contentHash and entries']};
  }
  if (String(data.edition) !== edition) {
    problems.push(`edition: expected "${edition}", found ${JSON.stringify(data.edition)}`);
  }
  const contentHash = data.contentHash;
  if (typeof contentHash !== 'string' || !HASH.test(contentHash)) {
    problems.push(
      `contentHash: expected sha256:<64 hex digits>, found ${JSON.stringify(contentHash)} (run npm run errata:hash -- ${edition})`,
    );
  }
  const entries: ErrataEntry[] = [];
  if (!Array.isArray(data.entries)) {
    problems.push('entries: expected a list (empty, [], when nothing has been corrected)');
  } else {
    data.entries.forEach((raw: unknown, index) => {
      const where = `entries[${index + 1}]`;
      if (!isRecord(raw)) {
        problems.push(`${where}: expected a mapping with date, chapter, section, wrong and now`);
        return;
      }
      const before = problems.length;
      const {date, chapter, section} = raw;
      if (typeof date !== 'string' || !isRealDate(date)) {
        problems.push(`${where}.date: expected a date as YYYY-MM-DD, found ${JSON.stringify(date)}`);
      }
      if (typeof chapter !== 'string' || chapter === '') {
        problems.push(`${where}.chapter: missing`);
      } else if (typeof section !== 'string' || section === '') {
        problems.push(`${where}.section: missing`);
      } else {
        for (const locale of ['lt', 'en'] as const) {
          const ids = sections(chapter, locale);
          if (ids === null) {
            problems.push(
              `${where}.chapter: "${chapter}" is not a chapter of edition ${edition} (${locale})`,
            );
          } else if (!ids.has(section)) {
            problems.push(
              `${where}.section: "${section}" is not a heading id of the ${locale} chapter "${chapter}"`,
            );
          }
        }
      }
      const wrong = localized(raw.wrong, `${where}.wrong`, problems);
      const now = localized(raw.now, `${where}.now`, problems);
      if (problems.length === before && wrong && now) {
        entries.push({
          date: date as string,
          chapter: chapter as string,
          section: section as string,
          wrong,
          now,
        });
      }
    });
  }
  if (problems.length > 0) {
    return {errata: null, problems};
  }
  return {errata: {edition, contentHash: contentHash as string, entries}, problems};
}

function editionSections(siteDir: string, edition: string): SectionLookup {
  const dirs = editionDocsDirs(edition);
  return (chapter, locale) => {
    const file = docFile(join(siteDir, dirs[locale]), chapter);
    if (!file) {
      return null;
    }
    return new Set(
      extractHeadings(readFileSync(file, 'utf8'))
        .map((h) => h.id)
        .filter((id) => id !== null),
    );
  };
}

/**
 * The validated errata of a released edition (for the about page, the PDF imprint and the tests).
 * Throws an error naming the file and every problem when the file is missing or invalid.
 */
export function loadErrata(siteDir: string, edition: string): Errata {
  const file = errataFile(edition);
  if (edition === CURRENT_EDITION) {
    throw new Error(`Errata exist only for released editions; the draft edition has none`);
  }
  const full = join(siteDir, file);
  if (!existsSync(full)) {
    throw new Error(
      `${file}: missing. Every released edition keeps its corrections there (entries: [] when there are none).`,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const {errata, problems} = validateErrata(data, edition, editionSections(siteDir, edition));
  if (!errata) {
    throw new Error(`Invalid errata:\n${problems.map((p) => `  - ${file}: ${p}`).join('\n')}`);
  }
  return errata;
}

/**
 * Writes the edition's current content hash into its errata file (keeping the rest of the file as
 * it is). Returns the hash and whether the file changed.
 */
export function updateErrataHash(siteDir: string, edition: string): {hash: string; changed: boolean} {
  const full = join(siteDir, errataFile(edition));
  const text = readFileSync(full, 'utf8');
  const hash = editionContentHash(siteDir, edition);
  const line = `contentHash: ${hash}`;
  const updated = /^contentHash:.*$/m.test(text)
    ? text.replace(/^contentHash:.*$/m, line)
    : text.replace(/^(edition:.*\n)/m, `$1${line}\n`);
  if (!updated.includes(line)) {
    throw new Error(`${errataFile(edition)}: no "edition:" line to put the content hash after`);
  }
  if (updated !== text) {
    writeFileSync(full, updated);
  }
  return {hash, changed: updated !== text};
}

const LT_MONTHS = [
  'sausio',
  'vasario',
  'kovo',
  'balandžio',
  'gegužės',
  'birželio',
  'liepos',
  'rugpjūčio',
  'rugsėjo',
  'spalio',
  'lapkričio',
  'gruodžio',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026 m. gruodžio 2 d." / "2 December 2026". */
export function formatErrataDate(date: string, locale: Locale): string {
  const match = DATE.exec(date);
  if (!match) {
    return date;
  }
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  return locale === 'lt'
    ? `${year} m. ${LT_MONTHS[month - 1]} ${day} d.`
    : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}
