/**
 * A throw-away copy of the site (sources only, node_modules linked) for checks that must run
 * Docusaurus on a modified or regenerated tree without touching the working copy.
 */
import {cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';

const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'coverage', '.cache']);

export interface SiteCopy {
  dir: string;
  remove(): void;
}

export function copySite(siteDir: string): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'skaidrumo-site-'));
  cpSync(siteDir, dir, {
    recursive: true,
    filter: (source) => source === siteDir || !SKIP.has(basename(source)),
  });
  symlinkSync(join(siteDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}

export const DOCUSAURUS_BIN = 'node_modules/@docusaurus/core/bin/docusaurus.mjs';
