/**
 * Remark plugin: gives each `<WhatChanged part="…" />` in a doc what changed between the previous
 * edition and the doc's own (src/content/what-changed.ts), in the doc's language, with links into
 * the doc's edition. Only the part the element shows is handed over.
 */
import {relative} from 'node:path';
import {compareEditionsOnce, localizeChanges, type LocalizedChanges} from '../content/what-changed';
import {allEditions, editionBasePath, locateDocFile, readReleasedEditions} from '../editions/editions';
import {expressionAttribute, findJsxElements, type MdastNode} from './jsx';

interface Options {
  siteDir: string;
}

export const PARTS = ['summary', 'chapters', 'sections', 'items', 'weights', 'acts'] as const;
export type Part = (typeof PARTS)[number];

function slice(changes: LocalizedChanges, part: Part): unknown {
  switch (part) {
    case 'summary':
      return {
        chapters: changes.chapters.added.length,
        chaptersRemoved: changes.chapters.removed.length,
        sections: changes.sections.added.length,
        sectionsRemoved: changes.sections.removed.length,
        itemsAdded: changes.items.added.length,
        itemsRemoved: changes.items.removed.length,
        itemsReworded: changes.items.reworded.length,
        weights: changes.weights.length,
        scopes: changes.scopes.length,
        actsAdded: changes.acts.added.length,
        actsAmended: changes.acts.amended.length,
        actsRemoved: changes.acts.removed.length,
        scoredWeight: changes.scoredWeight,
      };
    case 'weights':
      return {weights: changes.weights, scopes: changes.scopes, scoredWeight: changes.scoredWeight};
    default:
      return changes[part];
  }
}

export default function remarkWhatChanged({siteDir}: Options) {
  return (tree: MdastNode, file: {path?: string}): void => {
    const nodes = findJsxElements(tree, 'WhatChanged', []);
    if (nodes.length === 0) {
      return;
    }
    const where = relative(siteDir, file.path ?? '');
    const doc = locateDocFile(where);
    if (!doc) {
      throw new Error(`${where}: <WhatChanged> is only available in the guide's docs`);
    }
    // Every edition on disk, newest first then the draft; the one before the doc's is compared with.
    const released = readReleasedEditions(siteDir);
    const names = allEditions(released).map((e) => e.name);
    const order = [...names.slice(0, -1).reverse(), names[names.length - 1] ?? doc.edition];
    const previous = order[order.indexOf(doc.edition) - 1];
    if (!previous) {
      throw new Error(`${where}: <WhatChanged> needs an earlier edition to compare ${doc.edition} with`);
    }
    const changes = localizeChanges(
      compareEditionsOnce(siteDir, previous, doc.edition),
      doc.locale,
      editionBasePath(doc.edition, released),
    );
    for (const node of nodes) {
      const part = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'part')?.value;
      if (typeof part !== 'string' || !(PARTS as readonly string[]).includes(part)) {
        throw new Error(
          `${where}: <WhatChanged part=${JSON.stringify(part)} />: part must be one of ${PARTS.join(', ')}`,
        );
      }
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'data' && a.name !== 'from'),
        {type: 'mdxJsxAttribute', name: 'from', value: previous},
        expressionAttribute('data', slice(changes, part as Part)),
      ];
    }
  };
}
