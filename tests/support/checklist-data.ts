/** The real checklist data of an edition, for browser tests that must not hard-code item ids. */
import type {Checklist} from '../../src/assessment/checklist';
import {BOOK_ORDER} from '../../src/book/outline';
import {loadEditionChecklists} from '../../src/content/checklists';

export function editionChecklists(edition: string): Checklist[] {
  const {checklists, problems} = loadEditionChecklists(process.cwd(), edition);
  if (problems.length > 0) {
    throw new Error(`invalid checklist data:\n${problems.join('\n')}`);
  }
  return [...checklists].sort((a, b) => BOOK_ORDER.indexOf(a.chapter) - BOOK_ORDER.indexOf(b.chapter));
}
