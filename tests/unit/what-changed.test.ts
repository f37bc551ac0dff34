import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOK_ORDER} from '../../src/book/outline';
import {annexEntries, compareAnnexes, compareEditions, localizeChanges} from '../../src/content/what-changed';
import {CURRENT_EDITION, editionDocsDirs, readReleasedEditions} from '../../src/editions/editions';
import {doc, EN_DOCS, fixtureSite, type FixtureSite} from '../support/fixture-site';

const siteDir = process.cwd();
const [released] = readReleasedEditions(siteDir);

interface RawItem {
  id: string;
  weight: number;
  scope?: string;
  question: {lt: string; en: string};
}

/** Items of an edition read straight from its YAML files, without the loader under test. */
function rawItems(edition: string): Map<string, RawItem> {
  const dir = join(siteDir, editionDocsDirs(edition).lt);
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.checklist.yaml'))
      .flatMap((name) => (parseYaml(readFileSync(join(dir, name), 'utf8')) as {items: RawItem[]}).items)
      .map((item) => [item.id, item]),
  );
}

const sorted = (values: Iterable<string>) => Array.from(values).sort();

describe.runIf(released)('what changed from the released edition to the next', () => {
  const from = released ?? '';
  const changes = compareEditions(siteDir, from, CURRENT_EDITION);
  const before = rawItems(from);
  const after = rawItems(CURRENT_EDITION);

  it('lists as added chapters the outline docs the next edition has and the released one has not', () => {
    const has = (edition: string, id: string) =>
      existsSync(join(siteDir, editionDocsDirs(edition).lt, `${id}.mdx`));
    const expected = BOOK_ORDER.filter((id) => has(CURRENT_EDITION, id) && !has(from, id));
    expect(changes.chapters.added.map((c) => c.id)).toEqual(expected);
    expect(expected).toEqual(
      expect.arrayContaining([
        'staff-selection',
        'education-admissions',
        'informal-payments',
        'property-and-resources',
        'elected-members',
        'what-changed',
      ]),
    );
    expect(changes.chapters.removed).toEqual([]);
  });

  it('lists exactly the items added, removed, reworded and reweighted', () => {
    expect(sorted(changes.items.added.map((i) => i.id))).toEqual(
      sorted([...after.keys()].filter((id) => !before.has(id))),
    );
    expect(sorted(changes.items.removed.map((i) => i.id))).toEqual(
      sorted([...before.keys()].filter((id) => !after.has(id))),
    );
    const kept = [...after.values()].filter((item) => before.has(item.id));
    const old = (item: RawItem) => before.get(item.id) as RawItem;
    expect(sorted(changes.items.reworded.map((i) => i.id))).toEqual(
      sorted(
        kept
          .filter((i) => i.question.lt !== old(i).question.lt || i.question.en !== old(i).question.en)
          .map((i) => i.id),
      ),
    );
    expect(sorted(changes.weights.map((w) => `${w.id} ${w.from}→${w.to}`))).toEqual(
      sorted(
        kept.filter((i) => i.weight !== old(i).weight).map((i) => `${i.id} ${old(i).weight}→${i.weight}`),
      ),
    );
    // The duplicates in transparency-in-welfare are gone; the process items are the monitoring chapter's.
    expect(changes.items.removed.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'transparency-in-welfare.published-criteria',
        'transparency-in-welfare.client-feedback',
      ]),
    );
    expect(changes.scopes.map((s) => s.id).every((id) => id.startsWith('monitoring-and-improvement.'))).toBe(
      true,
    );
    expect(changes.scopes.length).toBe([...after.values()].filter((i) => i.scope === 'process').length);
  });

  it('totals the weight that counts in the score in each edition', () => {
    const total = (items: Map<string, RawItem>) =>
      [...items.values()].filter((i) => i.scope !== 'process').reduce((sum, i) => sum + i.weight, 0);
    expect(changes.scoredWeight).toEqual({from: total(before), to: total(after)});
  });

  it('lists the same number of legal-act changes in both languages, and the new acts by title', () => {
    expect(changes.acts.lt.added.length).toBeGreaterThan(0);
    for (const kind of ['added', 'removed', 'amended'] as const) {
      expect(changes.acts.en[kind].length, kind).toBe(changes.acts.lt[kind].length);
    }
    const annex = (edition: string) =>
      readFileSync(join(siteDir, editionDocsDirs(edition).lt, 'legal-acts.mdx'), 'utf8');
    const titles = (edition: string) => new Set(annexEntries(annex(edition)).map((e) => e.title));
    const newTitles = [...titles(CURRENT_EDITION)].filter((t) => !titles(from).has(t));
    // A new title is either a new act or a renamed entry of an act the older annex has.
    expect(changes.acts.lt.added.every((t) => newTitles.includes(t))).toBe(true);
  });

  it('links every added chapter, item and section into the next edition', () => {
    const lt = localizeChanges(changes, 'lt', '/docs/next/');
    expect(lt.chapters.added.map((c) => c.href)).toContain('/docs/next/staff-selection');
    const sections = new Map(changes.items.added.map((i) => [i.id, i.section]));
    expect(
      lt.items.added.every((i) => i.href === `/docs/next/${i.id.split('.')[0]}#${sections.get(i.id)}`),
    ).toBe(true);
    expect(lt.sections.added.every((s) => /^\/docs\/next\/[a-z-]+#[a-z0-9-]+$/.test(s.href))).toBe(true);
  });
});

describe('compareAnnexes', () => {
  const entry = (title: string, body: string, cited: string) =>
    `- **${title}.** ${body} Cituojama: ${cited}.`;

  it('knows an entry by its act identifiers and ignores the list of citing chapters', () => {
    const before = [
      entry('Korupcijos prevencijos įstatymas, Nr. IX-904', 'Žin., 2002.', '[A](./a.mdx)'),
      entry('Pranešėjų apsaugos įstatymas, Nr. XIII-804', 'TAR, 2017.', '[A](./a.mdx)'),
      entry('Senas įstatymas, Nr. I-1', 'Žin., 1990.', '[A](./a.mdx)'),
    ].join('\n');
    const after = [
      entry(
        'Lietuvos Respublikos korupcijos prevencijos įstatymas, Nr. IX-904',
        'Žin., 2002.',
        '[A](./a.mdx), [B](./b.mdx)',
      ),
      entry('Pranešėjų apsaugos įstatymas, Nr. XIII-804', 'TAR, 2017. Keistas Nr. XIV-3059.', '[A](./a.mdx)'),
      entry('Naujas įstatymas, Nr. XIV-1', 'TAR, 2024.', '[B](./b.mdx)'),
    ].join('\n');
    expect(compareAnnexes(before, after)).toEqual({
      added: ['Naujas įstatymas, Nr. XIV-1'],
      removed: ['Senas įstatymas, Nr. I-1'],
      amended: [
        'Lietuvos Respublikos korupcijos prevencijos įstatymas, Nr. IX-904',
        'Pranešėjų apsaugos įstatymas, Nr. XIII-804',
      ],
    });
    expect(compareAnnexes(before, before)).toEqual({added: [], removed: [], amended: []});
  });
});

describe('compareEditions on a small site', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  const yaml = (chapter: string, items: {slug: string; weight: number; q: string; scope?: string}[]) =>
    [
      `chapter: ${chapter}`,
      'items:',
      ...items.flatMap((i) => [
        `  - id: ${chapter}.${i.slug}`,
        '    section: s',
        `    weight: ${i.weight}`,
        ...(i.scope ? [`    scope: ${i.scope}`] : []),
        `    question: {lt: "Ar ${i.q}?", en: "Is ${i.q}?"}`,
        '    guidance: {lt: G, en: G}',
        '    evidence: {lt: E, en: E}',
      ]),
    ].join('\n');
  const four = (extra: {slug: string; weight: number; q: string; scope?: string}[] = []) => [
    {slug: 'a', weight: 3, q: 'a'},
    {slug: 'b', weight: 2, q: 'b'},
    {slug: 'c', weight: 1, q: 'c'},
    ...extra,
  ];

  it('finds chapters, sections, items, weights and scopes that changed', () => {
    const old = 'versioned_docs/version-2026';
    const oldEn = 'i18n/en/docusaurus-plugin-content-docs/version-2026';
    site = fixtureSite({
      'versions.json': '["2026"]',
      [`${old}/corruption-risk.mdx`]: doc('Rizika', '## S {#s}\n\n## Senas {#old}'),
      [`${oldEn}/corruption-risk.mdx`]: doc('Risk', '## S {#s}\n\n## Old {#old}'),
      [`${old}/corruption-risk.checklist.yaml`]: yaml(
        'corruption-risk',
        four([{slug: 'd', weight: 2, q: 'd'}]),
      ),
      [`${old}/gone.mdx`]: doc('Dingęs', '## S {#s}'),
      [`${oldEn}/gone.mdx`]: doc('Gone', '## S {#s}'),
      'docs/corruption-risk.mdx': doc('Rizika', '## S {#s}\n\n## Naujas {#new}'),
      [`${EN_DOCS}/corruption-risk.mdx`]: doc('Risk', '## S {#s}\n\n## New {#new}'),
      'docs/corruption-risk.checklist.yaml': yaml('corruption-risk', [
        {slug: 'a', weight: 3, q: 'a'},
        {slug: 'b', weight: 3, q: 'b'},
        {slug: 'c', weight: 1, q: 'c, and published', scope: 'process'},
        {slug: 'e', weight: 1, q: 'e'},
      ]),
      'docs/staff-selection.mdx': doc('Atranka', '## S {#s}'),
      [`${EN_DOCS}/staff-selection.mdx`]: doc('Selection', '## S {#s}'),
    });
    const c = compareEditions(site.dir, '2026', CURRENT_EDITION);
    expect(c.chapters.added.map((x) => [x.id, x.title.en])).toEqual([['staff-selection', 'Selection']]);
    expect(c.chapters.removed.map((x) => x.id)).toEqual(['gone']);
    expect(c.sections.added.map((s) => [s.id, s.text.lt, s.text.en])).toEqual([['new', 'Naujas', 'New']]);
    expect(c.sections.removed.map((s) => s.id)).toEqual(['old']);
    expect(c.items.added.map((i) => i.id)).toEqual(['corruption-risk.e']);
    expect(c.items.removed.map((i) => i.id)).toEqual(['corruption-risk.d']);
    expect(c.items.reworded.map((i) => [i.id, i.before.en, i.question.en])).toEqual([
      ['corruption-risk.c', 'Is c?', 'Is c, and published?'],
    ]);
    expect(c.weights.map((w) => [w.id, w.from, w.to])).toEqual([['corruption-risk.b', 2, 3]]);
    expect(c.scopes.map((s) => [s.id, s.from, s.to])).toEqual([['corruption-risk.c', null, 'process']]);
    expect(c.scoredWeight).toEqual({from: 8, to: 7});
  });
});
