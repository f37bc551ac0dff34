import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
  editionContentFiles,
  editionContentHash,
  errataFile,
  formatErrataDate,
  loadErrata,
  updateErrataHash,
  validateErrata,
  type SectionLookup,
} from '../../src/content/errata';
import {editionDocsDirs, readReleasedEditions} from '../../src/editions/editions';
import {localizeErrata} from '../../src/remark/errata';

const sections: SectionLookup = (chapter) =>
  chapter === 'whistleblowing' ? new Set(['reporting-routes', 'sources']) : null;

const entry = {
  date: '2026-12-02',
  chapter: 'whistleblowing',
  section: 'reporting-routes',
  wrong: {lt: 'Buvo taip.', en: 'It said this.'},
  now: {lt: 'Dabar taip.', en: 'It says this.'},
};
const valid = {edition: '2026', contentHash: `sha256:${'a'.repeat(64)}`, entries: [entry]};

describe('validateErrata', () => {
  it('accepts a valid list and an empty one', () => {
    expect(validateErrata(valid, '2026', sections)).toEqual({
      errata: {edition: '2026', contentHash: valid.contentHash, entries: [entry]},
      problems: [],
    });
    expect(validateErrata({...valid, entries: []}, '2026', sections).problems).toEqual([]);
  });

  it.each([
    [{...valid, edition: '2027'}, 'edition: expected "2026"'],
    [{...valid, contentHash: 'abc'}, 'contentHash: expected sha256:<64 hex digits>'],
    [{...valid, entries: undefined}, 'entries: expected a list'],
    [{...valid, entries: [{...entry, date: '2026-02-30'}]}, 'entries[1].date: expected a date as YYYY-MM-DD'],
    [{...valid, entries: [{...entry, chapter: 'nope'}]}, 'entries[1].chapter: "nope" is not a chapter'],
    [
      {...valid, entries: [{...entry, section: 'nowhere'}]},
      'entries[1].section: "nowhere" is not a heading id of the lt chapter "whistleblowing"',
    ],
    [{...valid, entries: [{...entry, now: {lt: 'Dabar.'}}]}, 'entries[1].now.en: missing or empty'],
    [{...valid, entries: [entry, {...entry, wrong: 'text'}]}, 'entries[2].wrong: expected lt and en texts'],
  ])('names the problem: %#', (data, message) => {
    const {errata, problems} = validateErrata(data, '2026', sections);
    expect(errata).toBeNull();
    expect(problems.join('\n')).toContain(message);
  });
});

describe('formatErrataDate', () => {
  it('writes the date as each language does', () => {
    expect(formatErrataDate('2026-12-02', 'lt')).toBe('2026 m. gruodžio 2 d.');
    expect(formatErrataDate('2026-12-02', 'en')).toBe('2 December 2026');
  });
});

describe('the content hash of an edition', () => {
  let site: string | null = null;
  afterEach(() => {
    if (site) {
      rmSync(site, {recursive: true, force: true});
    }
    site = null;
  });

  function write(root: string, file: string, text: string): void {
    mkdirSync(dirname(join(root, file)), {recursive: true});
    writeFileSync(join(root, file), text);
  }

  it('covers the text of both languages and the sidebar, and changes with any of them', () => {
    site = mkdtempSync(join(tmpdir(), 'errata-'));
    const root = site;
    const dirs = editionDocsDirs('2030');
    write(root, `${dirs.lt}/about.mdx`, '---\ntitle: Apie\n---\n\n## Pataisos {#errata}\n');
    write(root, `${dirs.en}/about.mdx`, '---\ntitle: About\n---\n\n## Corrections {#errata}\n');
    write(root, 'versioned_sidebars/version-2030-sidebars.json', '{}\n');
    write(root, 'docs/about.mdx', 'the draft is not part of the edition');
    expect(editionContentFiles(root, '2030')).toEqual([
      'i18n/en/docusaurus-plugin-content-docs/version-2030/about.mdx',
      'versioned_docs/version-2030/about.mdx',
      'versioned_sidebars/version-2030-sidebars.json',
    ]);
    const first = editionContentHash(root, '2030');
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);

    write(root, 'docs/about.mdx', 'the draft changed');
    expect(editionContentHash(root, '2030')).toBe(first);
    write(root, `${dirs.en}/about.mdx`, '---\ntitle: About\n---\n\n## Corrections {#errata}\nA typo.\n');
    const second = editionContentHash(root, '2030');
    expect(second).not.toBe(first);
    write(root, `${dirs.lt}/glossary.mdx`, 'new file');
    expect(editionContentHash(root, '2030')).not.toBe(second);

    write(root, errataFile('2030'), "edition: '2030'\ncontentHash: sha256:old\nentries: []\n");
    expect(updateErrataHash(root, '2030').changed).toBe(true);
    expect(loadErrata(root, '2030')).toEqual({
      edition: '2030',
      contentHash: editionContentHash(root, '2030'),
      entries: [],
    });
    expect(updateErrataHash(root, '2030').changed).toBe(false);
  });

  it('refuses a missing or invalid errata file, naming it', () => {
    site = mkdtempSync(join(tmpdir(), 'errata-'));
    const root = site;
    expect(() => loadErrata(root, '2030')).toThrow('versioned_docs/version-2030.errata.yaml: missing');
    write(root, errataFile('2030'), 'edition: [unclosed');
    expect(() => loadErrata(root, '2030')).toThrow('versioned_docs/version-2030.errata.yaml: not valid YAML');
    write(root, errataFile('2030'), "edition: '2030'\ncontentHash: x\nentries: []\n");
    expect(() => loadErrata(root, '2030')).toThrow('versioned_docs/version-2030.errata.yaml: contentHash');
  });
});

const siteDir = process.cwd();

describe.each(readReleasedEditions(siteDir))('the released edition %s', (edition) => {
  it('has a valid errata list', () => {
    expect(() => loadErrata(siteDir, edition)).not.toThrow();
  });

  it('has not changed since its errata list was last brought up to date', () => {
    const {contentHash} = loadErrata(siteDir, edition);
    expect(
      editionContentHash(siteDir, edition),
      `A file of the released ${edition} edition changed, but ${errataFile(edition)} did not: add an entry for the correction there, then run npm run errata:hash -- ${edition}`,
    ).toBe(contentHash);
  });

  it.each(['lt', 'en'] as const)(
    'gives its about page in %s each entry with a link to the section',
    (locale) => {
      const entries = localizeErrata(siteDir, edition, locale);
      expect(entries).toHaveLength(loadErrata(siteDir, edition).entries.length);
      for (const entry of entries) {
        expect(entry.href).toMatch(/^\/docs\/(?:\d{4}\/)?[a-z-]+#[a-z0-9-]+$/);
        expect(entry.chapterTitle).not.toBe('');
        expect(entry.sectionTitle).not.toMatch(/[*_`]/);
      }
    },
  );

  it.each(['lt', 'en'] as const)('shows its errata on its about page in %s', (locale) => {
    const about = readFileSync(join(siteDir, editionDocsDirs(edition)[locale], 'about.mdx'), 'utf8');
    expect(about).toMatch(/\{#errata\}/);
    expect(about).toContain('<Errata />');
  });
});
