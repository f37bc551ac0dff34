import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {ANNEXES, CHAPTERS, INTRODUCTION} from './src/book/outline';

// This file describes the draft edition (docs/); `docs:version` snapshots the result into
// versioned_sidebars/ when an edition is released. Chapters not written yet are left out,
// so the sidebar never leads to an empty page.
const docsDir = join(__dirname, 'docs');
const written = (ids: readonly string[]): string[] =>
  ids.filter((id) => existsSync(join(docsDir, `${id}.mdx`)));

const category = (label: string, key: string, ids: readonly string[]) => {
  const items = written(ids);
  return items.length === 0 ? [] : [{type: 'category' as const, label, key, collapsed: false, items}];
};

const sidebars: SidebarsConfig = {
  book: [
    ...written(INTRODUCTION),
    ...category('Skyriai', 'chapters', CHAPTERS),
    ...category('Priedai', 'annexes', ANNEXES),
  ],
};

export default sidebars;
