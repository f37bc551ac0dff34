/**
 * What changed between two editions, computed from their sources (never written by hand): chapters
 * and sections added or removed (doc files and explicit heading ids), self-assessment items added,
 * removed or reworded (same id, another question in either language), weights changed, items moved
 * into or out of the self-assessment's own process, and entries of the legal-acts annex added,
 * removed or amended. The `what-changed` annex shows it; a municipality reads it before it re-runs
 * its self-assessment on a new edition.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {
  isScored,
  LOCALES,
  type ChecklistItem,
  type Locale,
  type Localized,
  type Scope,
} from '../assessment/checklist';
import {rewordedItems} from '../assessment/migration';
import {BOOK_ORDER} from '../book/outline';
import {editionDocsDirs} from '../editions/editions';
import {loadEditionChecklists} from './checklists';
import {citedActs} from './legal-acts';
import {extractHeadings, frontMatterTitle} from './headings';

export const LEGAL_ACTS_DOC = 'legal-acts';

export interface ChapterRef {
  id: string;
  title: Localized;
}

export interface SectionRef {
  chapter: ChapterRef;
  id: string;
  text: Localized;
}

export interface ItemRef {
  id: string;
  chapter: ChapterRef;
  /** Id of the heading in the chapter that explains the item. */
  section: string;
  question: Localized;
}

export interface RewordedItem extends ItemRef {
  /** The question as the older edition put it. */
  before: Localized;
}

export interface WeightChange extends ItemRef {
  from: number;
  to: number;
}

export interface ScopeChange extends ItemRef {
  from: Scope | null;
  to: Scope | null;
}

/** Entries of the legal-acts annex, by their title (the bold text that opens each entry). */
export interface ActChanges {
  added: string[];
  removed: string[];
  /** The entry's text, apart from the list of chapters that cite it, differs. */
  amended: string[];
}

export interface EditionChanges {
  from: string;
  to: string;
  chapters: {added: ChapterRef[]; removed: ChapterRef[]};
  sections: {added: SectionRef[]; removed: SectionRef[]};
  items: {added: ItemRef[]; removed: ItemRef[]; reworded: RewordedItem[]};
  weights: WeightChange[];
  scopes: ScopeChange[];
  acts: Record<Locale, ActChanges>;
  /** Σ w over the items that count in the institution's score, in each edition. */
  scoredWeight: {from: number; to: number};
}

interface EditionSource {
  dirs: Record<Locale, string>;
  docs: string[];
}

function docPath(dir: string, id: string): string | null {
  for (const ext of ['.mdx', '.md']) {
    const file = join(dir, `${id}${ext}`);
    if (existsSync(file)) {
      return file;
    }
  }
  return null;
}

function editionSource(siteDir: string, edition: string): EditionSource {
  const rel = editionDocsDirs(edition);
  const dirs = {lt: join(siteDir, rel.lt), en: join(siteDir, rel.en)};
  const docs = existsSync(dirs.lt)
    ? readdirSync(dirs.lt)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => name.replace(/\.mdx?$/, ''))
    : [];
  const order = (id: string) => {
    const index = BOOK_ORDER.indexOf(id);
    return index < 0 ? BOOK_ORDER.length : index;
  };
  return {dirs, docs: docs.sort((a, b) => order(a) - order(b) || a.localeCompare(b))};
}

function read(source: EditionSource, locale: Locale, id: string): string {
  const file = docPath(source.dirs[locale], id);
  return file ? readFileSync(file, 'utf8') : '';
}

function chapterRef(source: EditionSource, id: string): ChapterRef {
  const title = (locale: Locale) => frontMatterTitle(read(source, locale, id)) ?? id;
  return {id, title: {lt: title('lt'), en: title('en')}};
}

/** Explicit heading ids of a doc, in order, with their text in both languages. */
function sections(source: EditionSource, id: string): Map<string, Localized> {
  const text = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      new Map(
        extractHeadings(read(source, locale, id))
          .filter((h) => h.id !== null)
          .map((h) => [h.id as string, h.text.trim()]),
      ),
    ]),
  ) as Record<Locale, Map<string, string>>;
  return new Map(
    Array.from(text.lt.keys()).map((sectionId) => [
      sectionId,
      {lt: text.lt.get(sectionId) ?? sectionId, en: text.en.get(sectionId) ?? sectionId},
    ]),
  );
}

interface Entry {
  key: string;
  title: string;
  body: string;
}

const CITED = /\s*(?:Cituojama|Cited in):[\s\S]*$/;

/**
 * The entries of a legal-acts annex: list items that open with a bold title. An entry is known by
 * the act identifiers in its title (e.g. "IX-904"), or by the title itself when it has none; its
 * body is its text without the closing list of chapters that cite it.
 */
export function annexEntries(source: string): Entry[] {
  const seen = new Map<string, number>();
  return source
    .split('\n')
    .filter((line) => line.startsWith('- **'))
    .map((line) => {
      const title = (/^- \*\*(.+?)\*\*/.exec(line)?.[1] ?? '').replace(/[.,;:\s]+$/, '');
      const ids = citedActs(title)
        .map((act) => `${act.kind}:${act.id}`)
        .sort();
      const base = ids.length > 0 ? ids.join(' ') : title;
      // Two entries may name the same act (a ratification law and the treaty it ratifies).
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {key: n === 1 ? base : `${base}#${n}`, title, body: line.slice(2).replace(CITED, '').trim()};
    });
}

export function compareAnnexes(before: string, after: string): ActChanges {
  const old = new Map(annexEntries(before).map((e) => [e.key, e]));
  const now = annexEntries(after);
  const keys = new Set(now.map((e) => e.key));
  return {
    added: now.filter((e) => !old.has(e.key)).map((e) => e.title),
    removed: Array.from(old.values())
      .filter((e) => !keys.has(e.key))
      .map((e) => e.title),
    amended: now.filter((e) => old.has(e.key) && old.get(e.key)?.body !== e.body).map((e) => e.title),
  };
}

function editionItems(siteDir: string, edition: string): Map<string, {item: ChecklistItem; chapter: string}> {
  const {checklists, problems} = loadEditionChecklists(siteDir, edition);
  if (problems.length > 0) {
    throw new Error(`Invalid checklist data:\n${problems.join('\n')}`);
  }
  return new Map(
    checklists.flatMap((c) => c.items.map((item) => [item.id, {item, chapter: c.chapter}] as const)),
  );
}

function scoredWeight(items: Map<string, {item: ChecklistItem}>): number {
  return Array.from(items.values())
    .filter(({item}) => isScored(item))
    .reduce((sum, {item}) => sum + item.weight, 0);
}

/** What changed from edition `from` to edition `to` (Docusaurus version names, e.g. "2026" → "current"). */
export function compareEditions(siteDir: string, from: string, to: string): EditionChanges {
  const before = editionSource(siteDir, from);
  const after = editionSource(siteDir, to);
  const beforeDocs = new Set(before.docs);
  const afterDocs = new Set(after.docs);

  const sectionsAdded: SectionRef[] = [];
  const sectionsRemoved: SectionRef[] = [];
  for (const id of after.docs.filter((d) => beforeDocs.has(d))) {
    const old = sections(before, id);
    const now = sections(after, id);
    for (const [sectionId, text] of now) {
      if (!old.has(sectionId)) {
        sectionsAdded.push({chapter: chapterRef(after, id), id: sectionId, text});
      }
    }
    for (const [sectionId, text] of old) {
      if (!now.has(sectionId)) {
        sectionsRemoved.push({chapter: chapterRef(before, id), id: sectionId, text});
      }
    }
  }

  const oldItems = editionItems(siteDir, from);
  const newItems = editionItems(siteDir, to);
  const ref = (source: EditionSource, {item, chapter}: {item: ChecklistItem; chapter: string}): ItemRef => ({
    id: item.id,
    chapter: chapterRef(source, chapter),
    section: item.section,
    question: item.question,
  });
  const kept = Array.from(newItems.values()).filter(({item}) => oldItems.has(item.id));
  const reworded = new Set(
    rewordedItems(
      Array.from(oldItems.values()).map((e) => e.item),
      Array.from(newItems.values()).map((e) => e.item),
    ),
  );

  return {
    from,
    to,
    chapters: {
      added: after.docs.filter((d) => !beforeDocs.has(d)).map((d) => chapterRef(after, d)),
      removed: before.docs.filter((d) => !afterDocs.has(d)).map((d) => chapterRef(before, d)),
    },
    sections: {added: sectionsAdded, removed: sectionsRemoved},
    items: {
      added: Array.from(newItems.values())
        .filter(({item}) => !oldItems.has(item.id))
        .map((e) => ref(after, e)),
      removed: Array.from(oldItems.values())
        .filter(({item}) => !newItems.has(item.id))
        .map((e) => ref(before, e)),
      reworded: kept
        .filter(({item}) => reworded.has(item.id))
        .map((e) => ({...ref(after, e), before: oldItems.get(e.item.id)?.item.question ?? e.item.question})),
    },
    weights: kept
      .filter(({item}) => oldItems.get(item.id)?.item.weight !== item.weight)
      .map((e) => ({...ref(after, e), from: oldItems.get(e.item.id)?.item.weight ?? 0, to: e.item.weight})),
    scopes: kept
      .filter(({item}) => (oldItems.get(item.id)?.item.scope ?? null) !== (item.scope ?? null))
      .map((e) => ({
        ...ref(after, e),
        from: oldItems.get(e.item.id)?.item.scope ?? null,
        to: e.item.scope ?? null,
      })),
    acts: Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        compareAnnexes(read(before, locale, LEGAL_ACTS_DOC), read(after, locale, LEGAL_ACTS_DOC)),
      ]),
    ) as Record<Locale, ActChanges>,
    scoredWeight: {from: scoredWeight(oldItems), to: scoredWeight(newItems)},
  };
}

const cache = new Map<string, EditionChanges>();

/** compareEditions, once per build (the annex is compiled once per locale). */
export function compareEditionsOnce(siteDir: string, from: string, to: string): EditionChanges {
  const key = `${siteDir}\0${from}\0${to}`;
  let result = cache.get(key);
  if (!result) {
    result = compareEditions(siteDir, from, to);
    cache.set(key, result);
  }
  return result;
}

/** The changes in one language, with links into the newer edition (`base`, e.g. `/docs/next/`). */
export interface LocalizedChanges {
  from: string;
  to: string;
  chapters: {added: {title: string; href: string}[]; removed: {title: string}[]};
  sections: {
    added: {chapter: string; title: string; href: string}[];
    removed: {chapter: string; title: string}[];
  };
  items: {
    added: {id: string; chapter: string; question: string; href: string}[];
    removed: {id: string; chapter: string; question: string}[];
    reworded: {id: string; chapter: string; question: string; before: string; href: string}[];
  };
  weights: {id: string; chapter: string; question: string; from: number; to: number; href: string}[];
  scopes: {id: string; chapter: string; question: string; process: boolean; href: string}[];
  acts: ActChanges;
  scoredWeight: {from: number; to: number};
}

/** Titles in the annex carry Markdown emphasis; the lists show plain text. */
const plain = (text: string) => text.replace(/\*+/g, '');

export function localizeChanges(changes: EditionChanges, locale: Locale, base: string): LocalizedChanges {
  // The heading that explains the item: its anchor is checked by the build, like every heading's.
  const itemHref = (item: ItemRef & {section: string}) => `${base}${item.chapter.id}#${item.section}`;
  const item = (i: ItemRef) => ({id: i.id, chapter: i.chapter.title[locale], question: i.question[locale]});
  return {
    from: changes.from,
    to: changes.to,
    chapters: {
      added: changes.chapters.added.map((c) => ({title: c.title[locale], href: `${base}${c.id}`})),
      removed: changes.chapters.removed.map((c) => ({title: c.title[locale]})),
    },
    sections: {
      added: changes.sections.added.map((s) => ({
        chapter: s.chapter.title[locale],
        title: s.text[locale],
        href: `${base}${s.chapter.id}#${s.id}`,
      })),
      removed: changes.sections.removed.map((s) => ({
        chapter: s.chapter.title[locale],
        title: s.text[locale],
      })),
    },
    items: {
      added: changes.items.added.map((i) => ({...item(i), href: itemHref(i)})),
      removed: changes.items.removed.map(item),
      reworded: changes.items.reworded.map((i) => ({
        ...item(i),
        before: i.before[locale],
        href: itemHref(i),
      })),
    },
    weights: changes.weights.map((w) => ({...item(w), from: w.from, to: w.to, href: itemHref(w)})),
    scopes: changes.scopes.map((s) => ({...item(s), process: s.to === 'process', href: itemHref(s)})),
    acts: {
      added: changes.acts[locale].added.map(plain),
      removed: changes.acts[locale].removed.map(plain),
      amended: changes.acts[locale].amended.map(plain),
    },
    scoredWeight: changes.scoredWeight,
  };
}
