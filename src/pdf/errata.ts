/**
 * Corrections made to a released edition after its release, printed in the PDF's imprint. They
 * are listed, when there are any, in `errata.yaml` next to the edition's Lithuanian text
 * (`versioned_docs/version-<year>/errata.yaml`), both languages in one entry:
 *
 *   - date: 2026-05-04
 *     lt: 4 skyriuje pataisytas įsakymo numeris.
 *     en: Chapter 4: an order's number corrected.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {parse as parseYaml} from 'yaml';
import type {Locale} from '../assessment/checklist';
import {editionDocsDirs} from '../editions/editions';

export const ERRATA_FILE = 'errata.yaml';

export interface Correction {
  date: string;
  lt: string;
  en: string;
}

/** Validated corrections, or an error message naming the entry and field. */
export function parseCorrections(data: unknown, where: string): Correction[] {
  if (data === null || data === undefined) {
    return [];
  }
  if (!Array.isArray(data)) {
    throw new Error(`${where}: expected a list of corrections (date, lt, en)`);
  }
  return data.map((entry: unknown, index) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const date = e.date instanceof Date ? e.date.toISOString().slice(0, 10) : e.date;
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new Error(`${where}: correction ${index + 1} needs a date as YYYY-MM-DD`);
    }
    for (const locale of ['lt', 'en'] as const) {
      if (typeof e[locale] !== 'string' || (e[locale] as string).trim() === '') {
        throw new Error(`${where}: correction ${index + 1} needs its text in "${locale}"`);
      }
    }
    return {date, lt: e.lt as string, en: e.en as string};
  });
}

/** The edition's corrections in one language, oldest first, each as "YYYY-MM-DD: text". */
export function readCorrections(siteDir: string, edition: string, locale: Locale): string[] {
  const file = join(siteDir, editionDocsDirs(edition).lt, ERRATA_FILE);
  if (!existsSync(file)) {
    return [];
  }
  return parseCorrections(parseYaml(readFileSync(file, 'utf8')), relative(siteDir, file))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => `${c.date}: ${c[locale]}`);
}
