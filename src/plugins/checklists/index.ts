import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {Checklist} from '../../assessment/checklist';
import type {EditionItems} from '../../assessment/edition-items';
import {rewordedItems} from '../../assessment/migration';
import {BOOK_ORDER} from '../../book/outline';
import {loadEditionChecklists} from '../../content/checklists';
import {frontMatterTitle} from '../../content/headings';
import {docFile} from '../../content/parity';
import {
  allEditions,
  assessmentPath,
  editionBasePath,
  editionDocsDirs,
  releasedEditionsInBuild,
} from '../../editions/editions';

export interface ChecklistsContent {
  editions: Record<string, Checklist[]>;
}

/** What every page may know about the editions' self-assessments (small: no items). */
export interface AssessmentGlobalData {
  editions: {name: string; label: string; released: boolean; path: string; items: number}[];
}

function chapterTitle(siteDir: string, dir: string, chapter: string): string {
  const file = docFile(join(siteDir, dir), chapter);
  return (file && frontMatterTitle(readFileSync(file, 'utf8'))) || chapter;
}

/**
 * Loads and validates the self-assessment items of every edition (an invalid file, a duplicate id,
 * a missing language or an anchor that does not exist fails the build, naming the file and item),
 * and gives each edition its whole-institution assessment page with that edition's items.
 */
export default function checklistsPlugin(context: LoadContext): Plugin<ChecklistsContent> {
  const released = releasedEditionsInBuild(context.siteDir);
  return {
    name: 'skaidrumo-checklists',
    getPathsToWatch() {
      return ['docs/*.checklist.yaml', 'versioned_docs/*/*.checklist.yaml'].map((p) =>
        join(context.siteDir, p),
      );
    },
    loadContent() {
      const editions = allEditions(released).map((e) => e.name);
      const loaded = editions.map((edition) => loadEditionChecklists(context.siteDir, edition));
      const problems = loaded.flatMap((l) => l.problems);
      if (problems.length > 0) {
        throw new Error(`Invalid checklist data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
      return {editions: Object.fromEntries(loaded.map((l) => [l.edition, l.checklists]))};
    },
    async contentLoaded({content, actions}) {
      const global: AssessmentGlobalData = {editions: []};
      for (const edition of allEditions(released)) {
        const checklists = content.editions[edition.name] ?? [];
        const dirs = editionDocsDirs(edition.name);
        const data: EditionItems = {
          edition: edition.name,
          chapters: [...checklists]
            .sort((a, b) => BOOK_ORDER.indexOf(a.chapter) - BOOK_ORDER.indexOf(b.chapter))
            .map((c) => ({
              chapter: c.chapter,
              title: {
                lt: chapterTitle(context.siteDir, dirs.lt, c.chapter),
                en: chapterTitle(context.siteDir, dirs.en, c.chapter),
              },
              path: `${editionBasePath(edition.name, released)}${c.chapter}`,
              items: c.items,
            })),
          reworded: Object.fromEntries(
            allEditions(released)
              .filter((other) => other.name !== edition.name)
              .map((other) => [
                other.name,
                rewordedItems(
                  (content.editions[other.name] ?? []).flatMap((c) => c.items),
                  checklists.flatMap((c) => c.items),
                ),
              ]),
          ),
        };
        const path = assessmentPath(edition.name, released);
        const module = await actions.createData(`edition-${edition.name}.json`, JSON.stringify(data));
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, path]),
          component: '@site/src/components/assessment/AssessmentPage',
          modules: {edition: module},
          exact: true,
        });
        global.editions.push({
          name: edition.name,
          label: edition.label,
          released: edition.released,
          path,
          items: data.chapters.reduce((n, c) => n + c.items.length, 0),
        });
      }
      actions.setGlobalData(global);
    },
  };
}
