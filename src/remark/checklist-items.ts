/**
 * Remark plugin: gives each `<Checklist chapter="…" />` in a doc the items of that chapter, in the
 * doc's edition and language, as props. The items are validated data from the chapter's
 * `.checklist.yaml`; only the page that shows them carries them.
 */
import {relative} from 'node:path';
import {valueToEstree} from 'estree-util-value-to-estree';
import {localizeItem} from '../assessment/checklist';
import {loadEditionChecklistsOnce} from '../content/checklists';
import {locateDocFile} from '../editions/editions';

interface Options {
  siteDir: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: Node[];
}

interface VFileLike {
  path?: string;
}

function findChecklists(node: Node, found: Node[]): Node[] {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Checklist') {
    found.push(node);
  }
  node.children?.forEach((child) => findChecklists(child, found));
  return found;
}

/** An MDX JSX attribute whose value is a plain JSON-like value, written as an expression. */
export function expressionAttribute(name: string, value: unknown) {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression: valueToEstree(value)}],
        },
      },
    },
  };
}

export default function remarkChecklistItems({siteDir}: Options) {
  return (tree: Node, file: VFileLike): void => {
    const nodes = findChecklists(tree, []);
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
