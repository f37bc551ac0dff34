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

const BOX_LT = ':::inshort[Trumpai]\n- Pirma [a](#a).\n- Antra [b](#b).\n- Trečia\n  tęsiasi [a](#a).\n:::';
const BOX_EN = ':::inshort[In short]\n- First [a](#a).\n- Second [b](#b).\n- Third\n  goes on [a](#a).\n:::';
const BODY = '## A {#a}\n## B {#b}';
const CHAPTER = 'docs/conflicts-of-interest.mdx';
const CHAPTER_EN = `${EN_DOCS}/conflicts-of-interest.mdx`;

describe('the "in short" box', () => {
  it('accepts a chapter whose box has the same points and links in both languages', () => {
    site = fixtureSite({
      [CHAPTER]: doc('Interesai', `${BOX_LT}\n\nĮvadas.\n\n${BODY}`),
      [CHAPTER_EN]: doc('Interests', `${BOX_EN}\n\nLead.\n\n${BODY}`),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([]);
  });

  it('names a box that does not open the chapter', () => {
    site = fixtureSite({
      [CHAPTER]: doc('Interesai', `${BOX_LT}\n\nĮvadas.\n\n${BODY}`),
      [CHAPTER_EN]: doc('Interests', `Lead.\n\n${BOX_EN}\n\n${BODY}`),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `${CHAPTER_EN}:7: the "in short" box must open the chapter, before line 5`,
    ]);
  });

  it('names the file of a next-edition chapter without the box', () => {
    site = fixtureSite({
      [CHAPTER]: doc('Interesai', `${BOX_LT}\n\n${BODY}`),
      [CHAPTER_EN]: doc('Interests', BODY),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `${CHAPTER_EN}: no "in short" box (:::inshort) at the top of the chapter`,
    ]);
  });

  it('does not require the box in annexes or in released editions', () => {
    site = fixtureSite({
      'versions.json': '["2026"]',
      'docs/glossary.mdx': doc('Žodynas', BODY),
      [`${EN_DOCS}/glossary.mdx`]: doc('Glossary', BODY),
      'versioned_docs/version-2026/conflicts-of-interest.mdx': doc('Interesai', BODY),
      'i18n/en/docusaurus-plugin-content-docs/version-2026/conflicts-of-interest.mdx': doc('Interests', BODY),
    });
    expect(checkParity(site.dir, ['2026', 'current'])).toEqual([]);
  });

  it('fails a box in one language only, even where the box is not required', () => {
    site = fixtureSite({
      'docs/glossary.mdx': doc('Žodynas', `${BOX_LT}\n\n${BODY}`),
      [`${EN_DOCS}/glossary.mdx`]: doc('Glossary', BODY),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `${EN_DOCS}/glossary.mdx: no "in short" box (:::inshort), but the other language has one`,
    ]);
  });

  it('names both files when the two languages have a different number of points', () => {
    site = fixtureSite({
      [CHAPTER]: doc('Interesai', `${BOX_LT}\n\n${BODY}`),
      [CHAPTER_EN]: doc('Interests', `${BOX_EN.replace('- Second [b](#b).\n', '')}\n\n${BODY}`),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `${CHAPTER_EN}:5: the "in short" box has 2 points; it needs 3 to 5`,
      `"in short" boxes differ: ${CHAPTER}:5 has 3 points; ${CHAPTER_EN}:5 has 2`,
    ]);
  });

  it('names points that link to no section, to a missing heading or to other sections than the twin', () => {
    site = fixtureSite({
      [CHAPTER]: doc('Interesai', `${BOX_LT.replace('[b](#b)', 'b')}\n\n${BODY}`),
      [CHAPTER_EN]: doc('Interests', `${BOX_EN.replace('(#b)', '(#c)')}\n\n${BODY}`),
    });
    expect(checkEditionParity(site.dir, 'current')).toEqual([
      `${CHAPTER}:5: "in short" point 2 links to no section ([…](#section-id))`,
      `${CHAPTER_EN}:5: "in short" point 2 links to #c, not a heading of the chapter`,
      `"in short" boxes differ at point 2: ${CHAPTER}:5 links to nothing; ${CHAPTER_EN}:5 links to c`,
    ]);
  });

  it('allows three to five points and one box a chapter', () => {
    const six = `:::inshort\n${'- x [a](#a)\n'.repeat(6)}:::`;
    site = fixtureSite({
      [CHAPTER]: doc('Interesai', `${six}\n\n${BOX_LT}\n\n${BODY}`),
      [CHAPTER_EN]: doc('Interests', `${six}\n\n${BODY}`),
    });
    const problems = checkEditionParity(site.dir, 'current');
    expect(problems).toContain(`${CHAPTER}:5: the "in short" box has 6 points; it needs 3 to 5`);
    expect(problems).toContain(`${CHAPTER}:14: a second "in short" box; a chapter has one`);
  });
});

describe('the guide itself', () => {
  it('passes the parity check in every edition', () => {
    const siteDir = process.cwd();
    const editions = allEditions(readReleasedEditions(siteDir)).map((e) => e.name);
    expect(checkParity(siteDir, editions)).toEqual([]);
  });
});
