import {describe, expect, it} from 'vitest';
import {LOCAL_SITE_URL, siteUrl, warningBlock} from '../../src/hosting/site-url';

describe('the public URL', () => {
  it('comes from SITE_URL, reduced to its origin', () => {
    expect(siteUrl({SITE_URL: 'https://vadovas.example.lt'})).toEqual({url: 'https://vadovas.example.lt'});
    expect(siteUrl({SITE_URL: ' https://vadovas.example.lt/ '})).toEqual({
      url: 'https://vadovas.example.lt',
    });
  });

  it('falls back to the local address with a warning that names SITE_URL', () => {
    const {url, warning} = siteUrl({});
    expect(url).toBe(LOCAL_SITE_URL);
    expect(warning).toMatch(/SITE_URL is not set/);
    expect(siteUrl({SITE_URL: ''}).warning).toBeDefined();
    const block = warningBlock(warning ?? '').split('\n');
    expect(block[0]).toMatch(/^\+-+\+$/);
    expect(new Set(block.map((line) => line.length)).size).toBe(1);
  });

  it('refuses what Docusaurus would turn into broken links', () => {
    expect(() => siteUrl({SITE_URL: 'vadovas.example.lt'})).toThrow(/not a URL/);
    expect(() => siteUrl({SITE_URL: 'https://example.lt/vadovas'})).toThrow(/without a path/);
    expect(() => siteUrl({SITE_URL: 'ftp://example.lt'})).toThrow(/http\(s\) origin/);
    expect(() => siteUrl({SITE_URL: 'https://example.lt/?a=1'})).toThrow(/without a path/);
  });
});
