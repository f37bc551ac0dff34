import {afterEach, describe, expect, it} from 'vitest';
import {checkEditionParity, checkParity} from '../../src/content/parity';
import {allEditions, readReleasedEditions} from '../../src/editions/editions';
import {doc, EN_DOCS, fixtureSite, type FixtureSite} from '../support/fixture-site';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

describe('bilingual parity check', () => {
  it('accepts docs with the same headings in both languages', () => {
    site = fixtureSite({
      'docs/about.mdx': doc('Apie vadovą', '## Paskirtis {#purpose}\n### Skaitytojai {#readers}'),
      [`${EN_DOCS}/about.mdx`]: doc('About', '## Purpose {#purpose}\n### Readers {#readers}'),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([]);
  });

  it('names the file when a doc exists in one language only', () => {
    site = fixtureSite({
      'docs/about.mdx': doc('Apie', '## A {#a}'),
      'docs/glossary.mdx': doc('Žodynas', '## A {#a}'),
      [`${EN_DOCS}/about.mdx`]: doc('About', '## A {#a}'),
      [`${EN_DOCS}/legal-acts.mdx`]: doc('Acts', '## A {#a}'),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `docs/glossary.mdx: no English version (expected ${EN_DOCS}/glossary.mdx)`,
      `${EN_DOCS}/legal-acts.mdx: no Lithuanian version (expected docs/legal-acts.mdx)`,
    ]);
  });

  it('reports the first heading where structure differs, with both files and lines', () => {
    site = fixtureSite({
      'docs/about.mdx': doc('Apie', '## A {#a}\n## B {#b}'),
      [`${EN_DOCS}/about.mdx`]: doc('About', '## A {#a}\n### B {#b}'),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `heading structure differs at heading 2: docs/about.mdx:6 has ## {#b}; ${EN_DOCS}/about.mdx:6 has ### {#b}`,
    ]);
  });

  it('requires explicit ids, a title, no "#" heading and outline ids', () => {
    site = fixtureSite({
      'docs/about.mdx': '---\ndescription: x\n---\n# Title\n## No id',
      [`${EN_DOCS}/about.mdx`]: doc('About', '# Title\n## No id'),
      'docs/not-in-outline.mdx': doc('X', ''),
      [`${EN_DOCS}/not-in-outline.mdx`]: doc('X', ''),
    });
    const problems = checkEditionParity(site.dir, 'current');
    expect(problems).toContain('docs/about.mdx: front matter has no title');
    expect(problems).toContain('docs/about.mdx:4: a "#" heading; the title comes from the front matter');
    expect(problems).toContain('docs/about.mdx:5: heading "No id" has no explicit id ({#some-id})');
    expect(problems).toContain(
      'docs/not-in-outline.mdx: "not-in-outline" is not a doc id of the outline (src/book/outline.ts)',
    );
  });

  it('checks released editions in versioned_docs and their English translation', () => {
    site = fixtureSite({
      'versions.json': '["2026"]',
      'versioned_docs/version-2026/about.mdx': doc('Apie', '## A {#a}'),
      'docs/about.mdx': doc('Apie', '## A {#a}'),
      [`${EN_DOCS}/about.mdx`]: doc('About', '## A {#a}'),
    });
    const editions = allEditions(readReleasedEditions(site.dir)).map((e) => e.name);
    expect(checkParity(site.dir, editions)).toEqual([
      'versioned_docs/version-2026/about.mdx: no English version (expected i18n/en/docusaurus-plugin-content-docs/version-2026/about.mdx)',
    ]);
  });
});

describe('the guide itself', () => {
  it('passes the parity check in every edition', () => {
    const siteDir = process.cwd();
    const editions = allEditions(readReleasedEditions(siteDir)).map((e) => e.name);
    expect(checkParity(siteDir, editions)).toEqual([]);
  });
});
