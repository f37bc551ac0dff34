import {readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  ALLOWED_HOSTS,
  checkExternalLink,
  checkExternalLinks,
  extractExternalLinks,
  isExternalHref,
} from '../../src/content/external-links';
import {docFile, listDocIds} from '../../src/content/parity';
import {allEditions, editionDocsDirs, readReleasedEditions} from '../../src/editions/editions';

describe('external links', () => {
  it('finds markdown links, autolinks and hrefs to another origin, with their lines', () => {
    const source = [
      'See [EUR-Lex](https://eur-lex.europa.eu/legal-content/LT/TXT/?uri=CELEX:32019L1937) and',
      '[a chapter](./legal-framework.mdx#sources), [a heading](#gifts), <https://www.stt.lt/>',
      '<a href="https://vtek.lt/">VTEK</a> [odd](//example.org/x)',
    ].join('\n');
    expect(extractExternalLinks(source)).toEqual([
      {url: 'https://eur-lex.europa.eu/legal-content/LT/TXT/?uri=CELEX:32019L1937', line: 1},
      {url: 'https://www.stt.lt/', line: 2},
      {url: '//example.org/x', line: 3},
      {url: 'https://vtek.lt/', line: 3},
    ]);
  });

  it('accepts official hosts and the EUR-Lex, Lovdata and e-TAR address forms', () => {
    for (const url of [
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679',
      'https://lovdata.no/lov/2018-06-22-83',
      'https://lovdata.no/forskrift/2016-08-12-974',
      'https://www.e-tar.lt/portal/lt/legalAct/TAR.4DBDE27621A2',
      'https://www.e-tar.lt/portal/lt/legalAct/2986b360db3611e7910a89ac20768b0f',
      'https://pinreg.vtek.lt/app/',
      'https://data.gov.lt/',
      'https://eur-lex.europa.eu/',
      'https://lovdata.no/',
    ]) {
      expect(checkExternalLink(url), url).toBeNull();
    }
  });

  it('rejects other hosts, http, spaces and malformed act addresses with a clear message', () => {
    expect(checkExternalLink('https://example.org/')).toContain('not an allowed official host');
    expect(checkExternalLink('https://vtek.lt.example.org/')).toContain('not an allowed official host');
    expect(checkExternalLink('http://www.stt.lt/')).toContain('does not use https');
    expect(checkExternalLink('https://www.stt.lt/a b')).toContain('contains a space');
    expect(checkExternalLink('https://')).toContain('not a valid address');
    expect(
      checkExternalLink('https://eur-lex.europa.eu/legal-content/LT/TXT/?uri=CELEX:2019L1937'),
    ).toContain('CELEX');
    expect(checkExternalLink('https://eur-lex.europa.eu/eli/dir/2019/1937/oj')).toContain('CELEX');
    expect(checkExternalLink('https://eur-lex.europa.eu/?uri=CELEX:32019L1937')).toContain('CELEX');
    expect(checkExternalLink('https://lovdata.no/dokument/NL/lov/2018-06-22-83')).toContain('Lovdata');
    expect(checkExternalLink('https://lovdata.no/lov/22-06-2018-83')).toContain('Lovdata');
    expect(checkExternalLink('https://www.e-tar.lt/portal/lt/legalAct/TAR.guess')).toContain(
      'Register of Legal Acts',
    );
  });

  it('names the file and line of each bad link', () => {
    expect(checkExternalLinks('docs/x.mdx', 'ok\n[bad](http://vtek.lt/) [good](https://vtek.lt/)')).toEqual([
      'docs/x.mdx:2: "http://vtek.lt/" does not use https',
    ]);
  });

  it('tells internal hrefs from external ones for the link marker', () => {
    expect(isExternalHref('https://www.stt.lt/')).toBe(true);
    expect(isExternalHref('//www.stt.lt/')).toBe(true);
    expect(isExternalHref('/docs/next/glossary')).toBe(false);
    expect(isExternalHref('#gifts')).toBe(false);
    expect(isExternalHref('./legal-acts.mdx')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });

  it('describes every allowed host', () => {
    for (const [host, why] of Object.entries(ALLOWED_HOSTS)) {
      expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(why.length).toBeGreaterThan(10);
    }
  });
});

describe('the guide itself', () => {
  it('links out only to allowed official hosts, in every doc of every edition and language', () => {
    const siteDir = process.cwd();
    const problems: string[] = [];
    let files = 0;
    for (const {name} of allEditions(readReleasedEditions(siteDir))) {
      for (const dir of Object.values(editionDocsDirs(name))) {
        for (const id of listDocIds(join(siteDir, dir))) {
          const file = docFile(join(siteDir, dir), id);
          if (file) {
            files++;
            problems.push(...checkExternalLinks(relative(siteDir, file), readFileSync(file, 'utf8')));
          }
        }
      }
    }
    expect(files).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});
