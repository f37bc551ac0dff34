import {spawnSync} from 'node:child_process';
import {appendFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {copySite, DOCUSAURUS_BIN, type SiteCopy} from '../../scripts/lib/site-copy';

// The strict build, shown on a copy of the site: one deliberate defect each, and the build must
// fail with a message that names it. (The Lithuanian draft only, to keep it quick.)
let copy: SiteCopy | undefined;
afterEach(() => copy?.remove());

function buildCopy(dir: string): {status: number | null; output: string} {
  const result = spawnSync(
    process.execPath,
    [DOCUSAURUS_BIN, 'build', dir, '--locale', 'lt', '--out-dir', join(dir, 'build')],
    {cwd: dir, encoding: 'utf8', env: {...process.env, DOCS_DRAFT_ONLY: '1', FORCE_COLOR: '0'}},
  );
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

describe('the strict build', () => {
  it('fails on a link to a chapter that does not exist, naming the file and the link', () => {
    copy = copySite(process.cwd());
    appendFileSync(join(copy.dir, 'docs/about.mdx'), '\n[Nėra tokio skyriaus](./no-such-chapter.mdx)\n');
    const {status, output} = buildCopy(copy.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('docs/about.mdx');
    expect(output).toContain('./no-such-chapter.mdx');
  });

  it('fails on a link to a heading that does not exist', () => {
    copy = copySite(process.cwd());
    appendFileSync(join(copy.dir, 'docs/about.mdx'), '\n[Nėra tokios dalies](./corruption-risk.mdx#no-such-heading)\n');
    const {status, output} = buildCopy(copy.dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken anchor/i);
    expect(output).toContain('/docs/next/corruption-risk#no-such-heading');
  });

  it('fails when a chapter has no English version, naming the file', () => {
    copy = copySite(process.cwd());
    rmSync(join(copy.dir, 'i18n/en/docusaurus-plugin-content-docs/current/legal-framework.mdx'));
    const {status, output} = buildCopy(copy.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('docs/legal-framework.mdx: no English version');
  });

  it('fails on an invalid checklist file, naming the file and the item', () => {
    copy = copySite(process.cwd());
    appendFileSync(
      join(copy.dir, 'docs/corruption-risk.checklist.yaml'),
      '  - id: corruption-risk.incomplete-item\n    section: risk-matrix\n    weight: 2\n    question: {lt: "Ar?"}\n',
    );
    const {status, output} = buildCopy(copy.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('docs/corruption-risk.checklist.yaml: item "corruption-risk.incomplete-item"');
  });
});
