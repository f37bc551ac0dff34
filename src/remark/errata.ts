/**
 * Remark plugin: gives `<Errata />` on a released edition's about page the corrections listed in
 * the edition's errata file (src/content/errata.ts), in the page's language, with a link to each
 * corrected section. The same file is read by the tests and, later, by the PDF imprint.
 */
import {readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {formatErrataDate, loadErrata, type Locale} from '../content/errata';
import {extractHeadings, frontMatterTitle} from '../content/headings';
import {docFile} from '../content/parity';
import {expressionAttribute} from './jsx';
import {editionBasePath, editionDocsDirs, locateDocFile, releasedEditionsInBuild} from '../editions/editions';

/** One correction as <Errata> shows it. */
export interface LocalizedErrataEntry {
  date: string;
  dateLabel: string;
  chapterTitle: string;
  sectionTitle: string;
  href: string;
  wrong: string;
  now: string;
}

interface Options {
  siteDir: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: Node[];
}

function findErrata(node: Node, found: Node[]): Node[] {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Errata') {
    found.push(node);
  }
  node.children?.forEach((child) => findErrata(child, found));
  return found;
}

/** Heading text without Markdown emphasis or code marks. */
function plain(text: string): string {
  return text.replace(/[*_`]/g, '').trim();
}

export function localizeErrata(siteDir: string, edition: string, locale: Locale): LocalizedErrataEntry[] {
  const errata = loadErrata(siteDir, edition);
  const dir = join(siteDir, editionDocsDirs(edition)[locale]);
  const base = editionBasePath(edition, releasedEditionsInBuild(siteDir));
  return errata.entries.map((entry) => {
    const source = readFileSync(docFile(dir, entry.chapter) ?? '', 'utf8');
    const heading = extractHeadings(source).find((h) => h.id === entry.section);
    return {
      date: entry.date,
      dateLabel: formatErrataDate(entry.date, locale),
      chapterTitle: frontMatterTitle(source) ?? entry.chapter,
      sectionTitle: plain(heading?.text ?? entry.section),
      href: `${base}${entry.chapter}#${entry.section}`,
      wrong: entry.wrong[locale],
      now: entry.now[locale],
    };
  });
}

export default function remarkErrata({siteDir}: Options) {
  return (tree: Node, file: {path?: string}): void => {
    const nodes = findErrata(tree, []);
    if (nodes.length === 0) {
      return;
    }
    const where = relative(siteDir, file.path ?? '');
    const doc = locateDocFile(where);
    if (!doc || doc.edition === 'current') {
      throw new Error(`${where}: <Errata /> belongs on the about page of a released edition`);
    }
    const entries = localizeErrata(siteDir, doc.edition, doc.locale);
    for (const node of nodes) {
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'entries'),
        expressionAttribute('entries', entries),
      ];
    }
  };
}
