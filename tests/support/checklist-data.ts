/** The real checklist data of an edition, for browser tests that must not hard-code item ids. */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse as parseYaml} from 'yaml';
import type {Checklist} from '../../src/assessment/checklist';
import {BOOK_ORDER} from '../../src/book/outline';
import {CHECKLIST_SUFFIX} from '../../src/content/checklists';
import {editionDocsDirs} from '../../src/editions/editions';

export function editionChecklists(edition: string): Checklist[] {
  const dir = editionDocsDirs(edition).lt;
  return readdirSync(dir)
    .filter((name) => name.endsWith(CHECKLIST_SUFFIX))
    .map((name) => parseYaml(readFileSync(join(dir, name), 'utf8')) as Checklist)
    .sort((a, b) => BOOK_ORDER.indexOf(a.chapter) - BOOK_ORDER.indexOf(b.chapter));
}
