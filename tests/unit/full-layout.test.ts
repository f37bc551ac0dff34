import {describe, expect, it} from 'vitest';
import {FULL_LAYOUT_ATTRIBUTE, FULL_LAYOUT_SCRIPT, needsFullLayout} from '../../src/reading/full-layout';

/** Runs the head's inline script against a location; returns whether it set the attribute. */
function scriptSets(search: string, hash: string): boolean {
  const set: string[] = [];
  const document = {
    documentElement: {setAttribute: (name: string, value: string) => set.push(`${name}=${value}`)},
  };
  new Function('location', 'document', FULL_LAYOUT_SCRIPT)({search, hash}, document);
  expect(set.every((entry) => entry === `${FULL_LAYOUT_ATTRIBUTE}=`)).toBe(true);
  return set.length > 0;
}

const CASES: Array<[search: string, hash: string, full: boolean]> = [
  ['', '', false],
  ['', '#', false],
  ['', '#recusal', true],
  ['', '#%C5%BEodynas', true],
  ['?hl=interes', '', true],
  ['?hl=interes+konflikt', '#recusal', true],
  ['?q=interesai&hl=interes', '', true],
  ['?q=interesai', '', false],
  ['?highlight=x', '', false],
  ['?docusaurus-theme=dark', '', false],
  ['?xhl=1', '', false],
];

describe('full layout of long pages', () => {
  it.each(CASES)('search %j, hash %j: full layout %s', (search, hash, full) => {
    expect(needsFullLayout(search, hash)).toBe(full);
    expect(scriptSets(search, hash)).toBe(full);
  });

  it('the inline script defines nothing global and sets only the attribute', () => {
    const before = Object.keys(globalThis).length;
    expect(scriptSets('', '#a')).toBe(true);
    expect(Object.keys(globalThis).length).toBe(before);
    expect(FULL_LAYOUT_SCRIPT).not.toMatch(/\b(var|let|const|function)\s/);
  });
});
