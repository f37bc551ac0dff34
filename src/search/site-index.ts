/**
 * From a built locale (its output folder and its routes) to one search index per edition, written as
 * content-hashed files next to a small manifest. Node only: used by the build plugin and the tests.
 */
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {BOOK_ORDER} from '../book/outline';
import {allEditions, editionBasePath} from '../editions/editions';
import type {SearchLocale} from './analyze';
import {buildSearchIndex, type IndexedPage, type SerializedSearchIndex} from './build-index';
import {parseDocPage} from './sections';

export const SEARCH_DIR = 'search';
export const MANIFEST_FILE = 'manifest.json';

export interface SearchManifestEntry {
  edition: string;
  locale: SearchLocale;
  file: string;
  sections: number;
  bytes: number;
}

export interface SearchManifest {
  format: 1;
  indexes: SearchManifestEntry[];
}

/** The doc pages of each edition among a locale's routes: `/en/docs/next/about` → edition `current`. */
export function docRoutesByEdition(
  routes: readonly string[],
  baseUrl: string,
  released: readonly string[],
): Map<string, Array<{doc: string; route: string}>> {
  const editions = allEditions(released)
    .map((edition) => ({
      name: edition.name,
      base: `${baseUrl}${editionBasePath(edition.name, released).slice(1)}`,
    }))
    // The longest base first: `/docs/next/` before `/docs/`.
    .sort((a, b) => b.base.length - a.base.length);
  const byEdition = new Map<string, Array<{doc: string; route: string}>>();
  for (const route of routes) {
    const edition = editions.find((e) => route.startsWith(e.base));
    if (!edition) continue;
    const doc = route.slice(edition.base.length);
    if (!BOOK_ORDER.includes(doc)) continue;
    const list = byEdition.get(edition.name) ?? [];
    list.push({doc, route});
    byEdition.set(edition.name, list);
  }
  for (const list of byEdition.values()) {
    list.sort((a, b) => BOOK_ORDER.indexOf(a.doc) - BOOK_ORDER.indexOf(b.doc));
  }
  return byEdition;
}

/** The HTML file a route was written to, with `trailingSlash: false`. */
export function routeFile(outDir: string, baseUrl: string, route: string): string {
  const relative = route.slice(baseUrl.length);
  const direct = join(outDir, `${relative}.html`);
  return existsSync(direct) ? direct : join(outDir, relative, 'index.html');
}

export function indexEdition(
  outDir: string,
  baseUrl: string,
  locale: SearchLocale,
  edition: string,
  docs: ReadonlyArray<{doc: string; route: string}>,
): SerializedSearchIndex {
  const pages: IndexedPage[] = docs.map(({doc, route}) => {
    const file = routeFile(outDir, baseUrl, route);
    const parsed = parseDocPage(readFileSync(file, 'utf8'));
    if (!parsed.title) {
      throw new Error(`Search index: ${file} has no page title (h1) to index.`);
    }
    return {doc, title: parsed.title, path: route, sections: parsed.sections};
  });
  return buildSearchIndex(pages, locale, edition);
}

/** Writes every edition's index of one built locale and its manifest; returns the manifest. */
export function writeSearchIndexes(options: {
  outDir: string;
  baseUrl: string;
  locale: SearchLocale;
  routes: readonly string[];
  released: readonly string[];
}): SearchManifest {
  const {outDir, baseUrl, locale, routes, released} = options;
  const dir = join(outDir, SEARCH_DIR);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const manifest: SearchManifest = {format: 1, indexes: []};
  for (const [edition, docs] of docRoutesByEdition(routes, baseUrl, released)) {
    const json = JSON.stringify(indexEdition(outDir, baseUrl, locale, edition, docs));
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    const file = `${edition}.${hash}.json`;
    writeFileSync(join(dir, file), json);
    manifest.indexes.push({
      edition,
      locale,
      file,
      sections: JSON.parse(json).sections.length,
      bytes: Buffer.byteLength(json),
    });
  }
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reads a built locale's manifest and one edition's index (CLI, tests, benchmark). */
export function readBuiltIndex(localeDir: string, edition: string): SerializedSearchIndex {
  const manifestFile = join(localeDir, SEARCH_DIR, MANIFEST_FILE);
  if (!existsSync(manifestFile)) {
    throw new Error(`No search indexes in ${localeDir}: build the site first (npm run build).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SearchManifest;
  const entry = manifest.indexes.find((e) => e.edition === edition);
  if (!entry) {
    const known = manifest.indexes.map((e) => e.edition).join(', ');
    throw new Error(`No search index for edition "${edition}" in ${localeDir} (built: ${known}).`);
  }
  return JSON.parse(readFileSync(join(localeDir, SEARCH_DIR, entry.file), 'utf8')) as SerializedSearchIndex;
}

/** Files in a built locale's search folder (for size figures). */
export function searchFiles(localeDir: string): string[] {
  const dir = join(localeDir, SEARCH_DIR);
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
}
