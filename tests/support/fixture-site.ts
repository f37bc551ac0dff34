/** Builds small site trees in a temporary folder for the content checks' fixture tests. */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

export interface FixtureSite {
  dir: string;
  write(path: string, content: string): void;
  remove(): void;
}

export function fixtureSite(files: Record<string, string> = {}): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), 'skaidrumo-fixture-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    writeFileSync(join(dir, path), content);
  };
  Object.entries(files).forEach(([path, content]) => write(path, content));
  return {dir, write, remove: () => rmSync(dir, {recursive: true, force: true})};
}

export const EN_DOCS = 'i18n/en/docusaurus-plugin-content-docs/current';

export function doc(title: string, body: string): string {
  return `---\ntitle: ${title}\n---\n\n${body}\n`;
}
