/**
 * Loads and validates the checklist files of an edition: schema, ids unique across the edition,
 * and every item's `section` an existing heading id in both language versions of its chapter.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {validateChecklist, type Checklist} from '../assessment/checklist';
import {editionDocsDirs} from '../editions/editions';
import {extractHeadings} from './headings';
import {docFile} from './parity';

export const CHECKLIST_SUFFIX = '.checklist.yaml';

export interface EditionChecklists {
  edition: string;
  checklists: Checklist[];
  problems: string[];
}

export function loadEditionChecklists(siteDir: string, edition: string): EditionChecklists {
  const dirs = editionDocsDirs(edition);
  const ltDir = join(siteDir, dirs.lt);
  const enDir = join(siteDir, dirs.en);
  const problems: string[] = [];
  const checklists: Checklist[] = [];
  const owners = new Map<string, string>();
  const files = existsSync(ltDir)
    ? readdirSync(ltDir)
        .filter((name) => name.endsWith(CHECKLIST_SUFFIX))
        .sort()
    : [];

  for (const name of files) {
    const file = join(ltDir, name);
    const where = relative(siteDir, file);
    const chapter = name.slice(0, -CHECKLIST_SUFFIX.length);
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = validateChecklist(data, chapter);
    if (!result.ok) {
      problems.push(...result.errors.map((message) => `${where}: ${message}`));
      continue;
    }
    const ids = new Map<string, Set<string>>();
    for (const [locale, dir] of [
      ['lt', ltDir],
      ['en', enDir],
    ] as const) {
      const doc = docFile(dir, chapter);
      if (!doc) {
        problems.push(
          `${where}: the chapter has no ${locale} text (${relative(siteDir, join(dir, chapter))}.mdx)`,
        );
        continue;
      }
      ids.set(
        locale,
        new Set(
          extractHeadings(readFileSync(doc, 'utf8'))
            .map((h) => h.id)
            .filter((id) => id !== null),
        ),
      );
    }
    for (const item of result.checklist.items) {
      const owner = owners.get(item.id);
      if (owner) {
        problems.push(`${where}: item "${item.id}": duplicate id, also in ${owner}`);
      }
      owners.set(item.id, where);
      for (const [locale, headingIds] of ids) {
        if (!headingIds.has(item.section)) {
          problems.push(
            `${where}: item "${item.id}": section "${item.section}" is not a heading id of the ${locale} chapter`,
          );
        }
      }
    }
    checklists.push(result.checklist);
  }
  return {edition, checklists, problems};
}

/** Names and modification times of the files an edition's checklists are validated against. */
function editionSignature(siteDir: string, edition: string): string {
  const dirs = editionDocsDirs(edition);
  return [dirs.lt, dirs.en]
    .map((dir) => join(siteDir, dir))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(CHECKLIST_SUFFIX) || /\.mdx?$/.test(name))
        .sort()
        .map((name) => `${dir}/${name}:${statSync(join(dir, name)).mtimeMs}`),
    )
    .join('\n');
}

const cache = new Map<string, {signature: string; result: EditionChecklists}>();

/**
 * loadEditionChecklists, read once per edition while its files are unchanged: every chapter
 * with a <Checklist> asks for its edition's data, and the build compiles each chapter per locale.
 */
export function loadEditionChecklistsOnce(siteDir: string, edition: string): EditionChecklists {
  const key = `${siteDir}\0${edition}`;
  const signature = editionSignature(siteDir, edition);
  const hit = cache.get(key);
  if (hit && hit.signature === signature) {
    return hit.result;
  }
  const result = loadEditionChecklists(siteDir, edition);
  cache.set(key, {signature, result});
  return result;
}
