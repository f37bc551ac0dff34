import {utimesSync, writeFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {isScored, localizeItem, validateChecklist, type ChecklistItem} from '../../src/assessment/checklist';
import {loadEditionChecklists, loadEditionChecklistsOnce} from '../../src/content/checklists';
import {allEditions, readReleasedEditions} from '../../src/editions/editions';
import {doc, EN_DOCS, fixtureSite, type FixtureSite} from '../support/fixture-site';

const item = (slug: string, extra: Partial<Record<string, unknown>> = {}) => ({
  id: `corruption-risk.${slug}`,
  section: 'risk-register',
  weight: 2,
  question: {lt: `Ar ${slug}?`, en: `Is ${slug}?`},
  guidance: {lt: 'Gairės', en: 'Guidance'},
  evidence: {lt: 'Įrodymai', en: 'Evidence'},
  ...extra,
});
const four = ['a', 'b', 'c', 'd'].map((slug) => item(slug));

describe('validateChecklist', () => {
  it('accepts a well-formed file', () => {
    const result = validateChecklist({chapter: 'corruption-risk', items: four}, 'corruption-risk');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not a mapping', [], 'the file must be a mapping with "chapter" and "items"'],
    ['wrong chapter', {chapter: 'x', items: four}, '"chapter" is "x", expected "corruption-risk"'],
    [
      'too few items',
      {chapter: 'corruption-risk', items: four.slice(0, 3)},
      'a chapter has 4–8 items, this file has 3',
    ],
    ['unknown field', {chapter: 'corruption-risk', items: four, extra: 1}, 'unknown top-level field "extra"'],
    [
      'duplicate id',
      {chapter: 'corruption-risk', items: [...four, item('a')]},
      'item "corruption-risk.a": duplicate id',
    ],
    [
      'id of another chapter',
      {chapter: 'corruption-risk', items: [...four, item('x', {id: 'social-services.x'})]},
      'item "social-services.x": "id" must be "corruption-risk.<slug>" (lower-case letters, digits, hyphens)',
    ],
    [
      'missing English',
      {chapter: 'corruption-risk', items: [...four, item('e', {guidance: {lt: 'Tik lietuviškai'}})]},
      'item "corruption-risk.e": "guidance" has no English (en) text',
    ],
    [
      'blank Lithuanian',
      {chapter: 'corruption-risk', items: [...four, item('f', {question: {lt: '  ', en: 'Q?'}})]},
      'item "corruption-risk.f": "question" has no Lithuanian (lt) text',
    ],
    [
      'bad weight',
      {chapter: 'corruption-risk', items: [...four, item('g', {weight: 5})]},
      'item "corruption-risk.g": "weight" must be 1, 2 or 3',
    ],
    [
      'unknown scope',
      {chapter: 'corruption-risk', items: [...four, item('h', {scope: 'meta'})]},
      'item "corruption-risk.h": "scope" must be "process" (or left out for an item that is scored)',
    ],
  ])('rejects %s with a message naming the item', (_name, data, message) => {
    const result = validateChecklist(data, 'corruption-risk');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(message);
  });

  it('accepts process items and keeps their scope when localized', () => {
    const result = validateChecklist(
      {chapter: 'corruption-risk', items: [...four, item('p', {scope: 'process'})]},
      'corruption-risk',
    );
    expect(result.ok).toBe(true);
    const process = result.ok ? result.checklist.items.find((i) => i.id === 'corruption-risk.p') : undefined;
    expect(process && isScored(process)).toBe(false);
    expect(process && localizeItem(process, 'lt').scope).toBe('process');
    expect(isScored(localizeItem(item('a') as ChecklistItem, 'lt'))).toBe(true);
  });

  it('localizes an item to one language', () => {
    const localized = localizeItem(item('a') as ChecklistItem, 'en');
    expect(localized).toEqual({
      id: 'corruption-risk.a',
      section: 'risk-register',
      weight: 2,
      question: 'Is a?',
      guidance: 'Guidance',
      evidence: 'Evidence',
    });
  });
});

describe('loadEditionChecklists', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  const yaml = (section: string) =>
    `chapter: corruption-risk\nitems:\n${['a', 'b', 'c', 'd']
      .map(
        (s) =>
          `  - id: corruption-risk.${s}\n    section: ${section}\n    weight: 1\n    question: {lt: "Ar ${s}?", en: "Is ${s}?"}\n    guidance: {lt: G, en: G}\n    evidence: {lt: E, en: E}`,
      )
      .join('\n')}\n`;

  it('fails naming the file and item when a section is not a heading of the chapter', () => {
    site = fixtureSite({
      'docs/corruption-risk.mdx': doc('Rizika', '## Registras {#risk-register}'),
      [`${EN_DOCS}/corruption-risk.mdx`]: doc('Risk', '## Register {#register}'),
      'docs/corruption-risk.checklist.yaml': yaml('risk-register'),
    });
    const {problems} = loadEditionChecklists(site.dir, 'current');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe(
      'docs/corruption-risk.checklist.yaml: item "corruption-risk.a": section "risk-register" is not a heading id of the en chapter',
    );
  });

  it('reports invalid YAML with the file name', () => {
    site = fixtureSite({'docs/corruption-risk.checklist.yaml': 'chapter: [unclosed'});
    const {problems} = loadEditionChecklists(site.dir, 'current');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^docs\/corruption-risk\.checklist\.yaml: not valid YAML: /);
  });
});

describe('the guide itself', () => {
  it('has valid checklist data in every edition, 4–8 items per checklist chapter', () => {
    const siteDir = process.cwd();
    for (const {name} of allEditions(readReleasedEditions(siteDir))) {
      const {problems, checklists} = loadEditionChecklists(siteDir, name);
      expect(problems).toEqual([]);
      expect(checklists.length).toBeGreaterThan(0);
    }
  });

  it("keeps the self-assessment's own process apart in the next edition only", () => {
    const siteDir = process.cwd();
    const processIds = (edition: string) =>
      loadEditionChecklists(siteDir, edition)
        .checklists.flatMap((c) => c.items)
        .filter((i) => !isScored(i))
        .map((i) => i.id);
    const next = processIds('current');
    expect(next.length).toBeGreaterThanOrEqual(5);
    expect(next.every((id) => id.startsWith('monitoring-and-improvement.'))).toBe(true);
    for (const released of readReleasedEditions(siteDir)) {
      expect(processIds(released)).toEqual([]);
    }
  });
});

describe('loadEditionChecklistsOnce', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  it('reuses the loaded data while the files are unchanged, and reloads when one changes', () => {
    site = fixtureSite({'docs/corruption-risk.checklist.yaml': 'chapter: [unclosed'});
    const first = loadEditionChecklistsOnce(site.dir, 'current');
    expect(loadEditionChecklistsOnce(site.dir, 'current')).toBe(first);
    const file = `${site.dir}/docs/corruption-risk.checklist.yaml`;
    writeFileSync(file, 'chapter: corruption-risk\nitems: []\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadEditionChecklistsOnce(site.dir, 'current');
    expect(second).not.toBe(first);
    expect(second.problems).toEqual([
      'docs/corruption-risk.checklist.yaml: a chapter has 4–8 items, this file has 0',
    ]);
  });
});
