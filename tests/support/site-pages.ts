/** The pages the built site must have: every locale × edition × doc, plus the home pages. */
import {join} from 'node:path';
import {listDocIds} from '../../src/content/parity';
import {
  allEditions,
  assessmentPath,
  editionBasePath,
  editionDocsDirs,
  readReleasedEditions,
} from '../../src/editions/editions';

export const LOCALES = ['lt', 'en'] as const;
export type SiteLocale = (typeof LOCALES)[number];

export interface DocPage {
  locale: SiteLocale;
  edition: string;
  id: string;
  path: string;
}

export const SITE_DIR = process.cwd();
export const RELEASED = readReleasedEditions(SITE_DIR);
export const EDITIONS = allEditions(RELEASED).map((e) => e.name);

export function localePrefix(locale: SiteLocale): string {
  return locale === 'lt' ? '' : `/${locale}`;
}

export function docPath(locale: SiteLocale, edition: string, id: string): string {
  return `${localePrefix(locale)}${editionBasePath(edition, RELEASED)}${id}`;
}

export function docPages(): DocPage[] {
  return LOCALES.flatMap((locale) =>
    EDITIONS.flatMap((edition) =>
      listDocIds(join(SITE_DIR, editionDocsDirs(edition).lt)).map((id) => ({
        locale,
        edition,
        id,
        path: docPath(locale, edition, id),
      })),
    ),
  );
}

export function homePath(locale: SiteLocale): string {
  return `${localePrefix(locale)}/`;
}

/** The whole-institution self-assessment page of every locale × edition. */
export function assessmentPages(): {locale: SiteLocale; edition: string; path: string}[] {
  return LOCALES.flatMap((locale) =>
    EDITIONS.map((edition) => ({
      locale,
      edition,
      path: `${localePrefix(locale)}${assessmentPath(edition, RELEASED)}`,
    })),
  );
}
