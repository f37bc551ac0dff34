import {describe, expect, it} from 'vitest';
import {checkBuiltLinks} from '../../src/hosting/built-links';
import {siteUrl} from '../../src/hosting/site-url';
import {BUILD_DIR} from '../support/browser';
import {docPages} from '../support/site-pages';

describe('the built site', () => {
  it('has no broken internal link or anchor in any page of any locale or edition, nor in the sitemaps', () => {
    const report = checkBuiltLinks(BUILD_DIR, siteUrl().url);
    expect(report.pages).toBeGreaterThanOrEqual(docPages().length);
    expect(report.anchors).toBeGreaterThan(100);
    expect(report.broken).toEqual([]);
  });
});
