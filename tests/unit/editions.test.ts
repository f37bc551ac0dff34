import {describe, expect, it} from 'vitest';
import {
  allEditions,
  defaultEdition,
  docsVersionOptions,
  editionBasePath,
  editionDocsDirs,
  locateDocFile,
  readReleasedEditions,
  releasedEditionsInBuild,
} from '../../src/editions/editions';

describe('editions', () => {
  it('before the first release: only the draft, at /docs/next/, with the unreleased banner', () => {
    expect(allEditions([]).map((e) => e.name)).toEqual(['current']);
    expect(defaultEdition([])).toBe('current');
    expect(docsVersionOptions([])).toEqual({
      current: {label: 'Rengiamas leidimas', path: 'next', banner: 'unreleased', badge: true},
    });
    expect(editionBasePath('current', [])).toBe('/docs/next/');
  });

  it('after releases: the newest at /docs/, older ones at /docs/<year>/, the draft stays at /docs/next/', () => {
    const released = ['2027', '2026'];
    expect(defaultEdition(released)).toBe('2027');
    const options = docsVersionOptions(released);
    expect(options['2027']).toEqual({
      label: '2027 m. leidimas',
      path: undefined,
      banner: 'none',
      badge: true,
    });
    expect(options['2026']?.path).toBe('2026');
    expect(editionBasePath('2027', released)).toBe('/docs/');
    expect(editionBasePath('2026', released)).toBe('/docs/2026/');
    expect(editionBasePath('current', released)).toBe('/docs/next/');
  });

  it('maps doc files to their edition and locale and back', () => {
    for (const edition of ['current', '2026']) {
      const dirs = editionDocsDirs(edition);
      expect(locateDocFile(`${dirs.lt}/about.mdx`)).toEqual({edition, locale: 'lt'});
      expect(locateDocFile(`${dirs.en}/about.mdx`)).toEqual({edition, locale: 'en'});
    }
    expect(locateDocFile('src/pages/index.tsx')).toBeNull();
  });
});

describe('releasedEditionsInBuild', () => {
  it('builds the draft alone, as if nothing were released, when DOCS_DRAFT_ONLY=1', () => {
    expect(releasedEditionsInBuild(process.cwd(), {DOCS_DRAFT_ONLY: '1'})).toEqual([]);
    expect(releasedEditionsInBuild(process.cwd(), {})).toEqual(readReleasedEditions(process.cwd()));
  });
});
