/**
 * Editions of the guide are Docusaurus docs versions. `versions.json` (written by
 * `docusaurus docs:version <year>`) lists the released editions, newest first; the
 * `current` version is the edition being prepared. Everything about editions that the
 * site, the tests and later the PDF build need is derived here from that one list.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

import {CURRENT_EDITION, DRAFT_EDITION_LABEL, DRAFT_EDITION_PATH, releasedEditionLabel} from './names';

export {CURRENT_EDITION, DRAFT_EDITION_LABEL, DRAFT_EDITION_PATH, releasedEditionLabel};

export interface EditionInfo {
  /** Docusaurus version name: `current` or a year such as `2026`. */
  name: string;
  /** Label in the default locale (Lithuanian); English comes from i18n. */
  label: string;
  released: boolean;
}

/** Released editions, newest first, as listed in `versions.json`. */
export function readReleasedEditions(siteDir: string): string[] {
  const file = join(siteDir, 'versions.json');
  if (!existsSync(file)) {
    return [];
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) {
    throw new Error(`${file}: expected a JSON array of edition names such as ["2026"]`);
  }
  return parsed;
}

/** Every edition the site builds: the released ones, newest first, then the draft. */
export function allEditions(released: readonly string[]): EditionInfo[] {
  return [
    ...released.map((name) => ({name, label: releasedEditionLabel(name), released: true})),
    {name: CURRENT_EDITION, label: DRAFT_EDITION_LABEL, released: false},
  ];
}

interface DocsVersionOptions {
  label: string;
  path?: string;
  banner: 'none' | 'unreleased' | 'unmaintained';
  badge: boolean;
}

/**
 * The docs plugin's `versions` option. The newest released edition is served at `/docs/`,
 * older ones at `/docs/<year>/`, the draft at `/docs/next/` with the "unreleased" banner.
 */
export function docsVersionOptions(released: readonly string[]): Record<string, DocsVersionOptions> {
  const options: Record<string, DocsVersionOptions> = {
    [CURRENT_EDITION]: {
      label: DRAFT_EDITION_LABEL,
      path: DRAFT_EDITION_PATH,
      banner: 'unreleased',
      badge: true,
    },
  };
  released.forEach((name, index) => {
    options[name] = {
      label: releasedEditionLabel(name),
      path: index === 0 ? undefined : name,
      banner: 'none',
      badge: true,
    };
  });
  return options;
}

/** The edition a reader gets by default: the newest released one, or the draft before any release. */
export function defaultEdition(released: readonly string[]): string {
  return released[0] ?? CURRENT_EDITION;
}

/** Where the Lithuanian and English source files of an edition live, relative to the site. */
export function editionDocsDirs(name: string): {lt: string; en: string} {
  if (name === CURRENT_EDITION) {
    return {lt: 'docs', en: 'i18n/en/docusaurus-plugin-content-docs/current'};
  }
  return {
    lt: `versioned_docs/version-${name}`,
    en: `i18n/en/docusaurus-plugin-content-docs/version-${name}`,
  };
}

/** URL prefix of an edition's docs in the default locale, e.g. `/docs/next/` or `/docs/`. */
export function editionBasePath(name: string, released: readonly string[]): string {
  if (name === CURRENT_EDITION) {
    return `/docs/${DRAFT_EDITION_PATH}/`;
  }
  return name === released[0] ? '/docs/' : `/docs/${name}/`;
}

/**
 * The edition and locale of a doc source file (the inverse of `editionDocsDirs`), or null when
 * the file is not a doc of any edition.
 */
export function locateDocFile(relativePath: string): {edition: string; locale: 'lt' | 'en'} | null {
  const path = relativePath.split('\\').join('/');
  const patterns: [RegExp, 'lt' | 'en'][] = [
    [/^docs\/[^/]+$/, 'lt'],
    [/^versioned_docs\/version-([^/]+)\/[^/]+$/, 'lt'],
    [/^i18n\/en\/docusaurus-plugin-content-docs\/current\/[^/]+$/, 'en'],
    [/^i18n\/en\/docusaurus-plugin-content-docs\/version-([^/]+)\/[^/]+$/, 'en'],
  ];
  for (const [pattern, locale] of patterns) {
    const match = pattern.exec(path);
    if (match) {
      return {edition: match[1] ?? CURRENT_EDITION, locale};
    }
  }
  return null;
}

/** Path of an edition's whole-institution self-assessment page, without locale prefix. */
export function assessmentPath(name: string, released: readonly string[]): string {
  if (name === defaultEdition(released)) {
    return '/self-assessment';
  }
  return `/self-assessment/${name === CURRENT_EDITION ? DRAFT_EDITION_PATH : name}`;
}

/**
 * Released editions that this build includes. `DOCS_DRAFT_ONLY=1` (quick local work, the
 * strict-build tests) builds the draft alone, laid out as if nothing were released yet, so that
 * every link in the navbar and footer points at a page that exists.
 */
export function releasedEditionsInBuild(siteDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  return env.DOCS_DRAFT_ONLY === '1' ? [] : readReleasedEditions(siteDir);
}
