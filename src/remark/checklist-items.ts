/**
 * Remark plugin: gives each `<Checklist chapter="…" />` in a doc the items of that chapter, in the
 * doc's edition and language, as props. The items are validated data from the chapter's
 * `.checklist.yaml`; only the page that shows them carries them.
 */
import {relative} from 'node:path';
import {localizeItem} from '../assessment/checklist';
import {loadEditionChecklistsOnce} from '../content/checklists';
import {locateDocFile} from '../editions/editions';
import {expressionAttribute, findJsxElements, type MdastNode} from './jsx';

interface Options {
  siteDir: string;
}

interface VFileLike {
  path?: string;
}

export default function remarkChecklistItems({siteDir}: Options) {
  return (tree: MdastNode, file: VFileLike): void => {
    const nodes = findJsxElements(tree, 'Checklist', []);
    if (nodes.length === 0) {
      return;
    }
    const where = relative(siteDir, file.path ?? '');
    const doc = locateDocFile(where);
    if (!doc) {
      throw new Error(`${where}: <Checklist> is only available in the guide's chapters`);
    }
    const {checklists, problems} = loadEditionChecklistsOnce(siteDir, doc.edition);
    if (problems.length > 0) {
      throw new Error(`Invalid checklist data:\n${problems.join('\n')}`);
    }
    for (const node of nodes) {
      const chapter = node.attributes?.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'chapter',
      )?.value;
      const checklist = checklists.find((c) => c.chapter === chapter);
      if (typeof chapter !== 'string' || !checklist) {
        throw new Error(
          `${where}: <Checklist chapter=${JSON.stringify(chapter)} />: no such checklist in this edition (expected a ${String(chapter)}.checklist.yaml beside the Lithuanian chapter)`,
        );
      }
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'items' && a.name !== 'edition'),
        {type: 'mdxJsxAttribute', name: 'edition', value: doc.edition},
        expressionAttribute(
          'items',
          checklist.items.map((item) => localizeItem(item, doc.locale)),
        ),
      ];
    }
  };
}
