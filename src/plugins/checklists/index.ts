import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Checklist} from '../../assessment/checklist';
import {loadEditionChecklists} from '../../content/checklists';
import {allEditions, readReleasedEditions} from '../../editions/editions';

export interface ChecklistsContent {
  editions: Record<string, Checklist[]>;
}

/**
 * Loads and validates the self-assessment items of every edition; an invalid file, a duplicate id,
 * a missing language or an anchor that does not exist fails the build, naming the file and item.
 */
export default function checklistsPlugin(context: LoadContext): Plugin {
  return {
    name: 'skaidrumo-checklists',
    loadContent() {
      const editions = allEditions(readReleasedEditions(context.siteDir)).map((e) => e.name);
      const loaded = editions.map((edition) => loadEditionChecklists(context.siteDir, edition));
      const problems = loaded.flatMap((l) => l.problems);
      if (problems.length > 0) {
        throw new Error(`Invalid checklist data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
      const content: ChecklistsContent = {
        editions: Object.fromEntries(loaded.map((l) => [l.edition, l.checklists])),
      };
      return content;
    },
  };
}
