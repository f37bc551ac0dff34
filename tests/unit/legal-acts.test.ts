import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {citedActs, missingFromAnnex} from '../../src/content/legal-acts';
import {listDocIds} from '../../src/content/parity';
import {allEditions, editionDocsDirs, readReleasedEditions} from '../../src/editions/editions';

describe('citedActs', () => {
  it('recognises Seimas, EU, Norwegian acts, Government resolutions and orders', () => {
    const text = [
      'Korupcijos prevencijos įstatymas (Nr. IX-904; nauja redakcija Nr. XIV-471).',
      'Reglamentas (ES) 2016/679 ir direktyva 2014/24/ES; Directive (EU) 2019/1937.',
      'kommuneloven (LOV-2018-06-22-83).',
      'Vyriausybės nutarimu Nr. 1133 ir Government Resolution No 875.',
      'STT direktoriaus įsakymas Nr. 2-246; VTEK sprendimas No KS-176.',
      'Not acts: 2026-11-23, ISO 9001, page 2-3, EN 301 549, section 1-1.',
    ].join('\n');
    expect(
      citedActs(text)
        .map((a) => `${a.kind}:${a.id}`)
        .sort(),
    ).toEqual(
      [
        'Seimas act:IX-904',
        'Seimas act:XIV-471',
        'EU act:2016/679',
        'EU act:2014/24',
        'EU act:2019/1937',
        'Norwegian act:LOV-2018-06-22-83',
        'Government resolution:Nr. 1133',
        'Government resolution:Nr. 875',
        'order:2-246',
        'order:KS-176',
      ].sort(),
    );
  });

  it('names what a chapter cites and the annex lacks', () => {
    expect(missingFromAnnex('Nr. IX-904 ir Nr. XIV-471', '- Įstatymas Nr. IX-904')).toEqual([
      {kind: 'Seimas act', id: 'XIV-471'},
    ]);
  });
});

const siteDir = process.cwd();
const editions = allEditions(readReleasedEditions(siteDir)).map((e) => e.name);

describe.each(editions)('the legal acts annex of edition %s', (edition) => {
  it.each(['lt', 'en'] as const)('in %s lists every act the chapters cite', (locale) => {
    const dir = join(siteDir, editionDocsDirs(edition)[locale]);
    const annexFile = join(dir, 'legal-acts.mdx');
    expect(existsSync(annexFile), `${annexFile} is missing`).toBe(true);
    const annex = readFileSync(annexFile, 'utf8');
    const missing = listDocIds(dir)
      .filter((id) => id !== 'legal-acts')
      .flatMap((id) =>
        missingFromAnnex(readFileSync(join(dir, `${id}.mdx`), 'utf8'), annex).map(
          (act) =>
            `${editionDocsDirs(edition)[locale]}/${id}.mdx cites ${act.kind} ${act.id}, which legal-acts.mdx does not list`,
        ),
      );
    expect(missing).toEqual([]);
  });
});
