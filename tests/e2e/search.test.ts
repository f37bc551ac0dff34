/**
 * Search in the browser, in both languages, against the built site and its real indexes: the navbar
 * box as you type, the keyboard path, highlights on the opened page, the results page and its
 * edition switch, checklist item results, queries without diacritics and with a typo, a phone.
 */
import {createRequire} from 'node:module';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Locator, Page} from 'playwright-core';
import {BOOK_ORDER} from '../../src/book/outline';
import {searchKey} from '../../src/search/engine';
import {openSite, recordedPage, type SiteUnderTest} from '../support/browser';
import {editionChecklists} from '../support/checklist-data';
import {docPath, localePrefix, RELEASED, type SiteLocale} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const LATEST = RELEASED[0] ?? 'current';
const DRAFT = 'current';
const POLL = {timeout: 15_000};
/** For the tests that open several pages (on a busy machine a page with its index takes seconds). */
const SLOW = 180_000;

interface Queries {
  /** Found in every edition. */
  common: string;
  /** The same words typed without and with diacritics. */
  folded: [string, string];
  /** A one-letter typo, and what the highlighted word it finds starts with. */
  typo: [string, RegExp];
  /** A word whose key is put in `?hl=` by hand. */
  word: string;
  highlighted: RegExp;
  searchTitle: string;
  nothing: RegExp;
}

const QUERIES: Record<SiteLocale, Queries> = {
  lt: {
    common: 'korupcijos rizika',
    folded: ['savivaldybiu', 'savivaldybių'],
    typo: ['korupsijos', /^korupc/i],
    word: 'korupcija',
    highlighted: /^Paryškinta: /,
    searchTitle: 'Paieška',
    nothing: /nieko nerasta/i,
  },
  en: {
    common: 'corruption risk',
    folded: ['viesuju pirkimu', 'viešųjų pirkimų'],
    typo: ['whistleblowre', /^whistleblow/i],
    word: 'corruption',
    highlighted: /^Highlighted: /,
    searchTitle: 'Search',
    nothing: /nothing found/i,
  },
};

const LOCALES = ['lt', 'en'] as const;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.1 A and AA violations inside `selector`, from axe-core run in the page (served inline). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({path: AXE});
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>;
        };
      }
    ).axe;
    const result = await axe.run(sel, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selector);
}

function searchPath(locale: SiteLocale, query: string, edition?: string): string {
  const params = new URLSearchParams({q: query});
  if (edition) {
    params.set('edition', edition);
  }
  return `${localePrefix(locale)}/search?${params.toString()}`;
}

/** Open a page and wait until its search boxes are hydrated (keys pressed before that go nowhere). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(site.origin + path);
  await page.waitForSelector('[data-search-box="navbar"][data-ready="true"]', {state: 'attached'});
}

/** Problems on a page, leaving out requests cut short by the test's own next navigation. */
function problems(errors: readonly string[]): string[] {
  return errors.filter((error) => !error.includes('net::ERR_ABORTED'));
}

function navbarBox(page: Page): {input: Locator; options: Locator} {
  const input = page.locator('[data-search-box="navbar"] input[role="combobox"]');
  return {input, options: page.locator('[data-search-box="navbar"] [role="listbox"] [role="option"]')};
}

/** Type into a search box key by key, as a reader does, and wait for results. */
async function typeQuery(input: Locator, options: Locator, query: string): Promise<void> {
  await input.click();
  await input.pressSequentially(query, {delay: 15});
  await expect.poll(() => options.count(), POLL).toBeGreaterThan(0);
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) {
      return false;
    }
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
}

async function resultEditions(page: Page): Promise<string[]> {
  return page
    .locator('li[data-edition]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-edition') ?? ''));
}

describe.each(LOCALES)('search (%s)', (locale) => {
  const q = QUERIES[locale];

  it('the navbar box finds results as you type, with title, heading and marked snippet', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await open(page, docPath(locale, LATEST, 'about'));
      const {input, options} = navbarBox(page);
      await typeQuery(input, options, q.common);
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
      const listId = await input.getAttribute('aria-controls');
      expect(await page.locator(`[id="${listId}"][role="listbox"] [role="option"]`).count()).toBeGreaterThan(
        0,
      );
      await expect.poll(() => options.locator('mark').count(), POLL).toBeGreaterThan(0);
      await expect
        .poll(() => page.locator('[data-search-box="navbar"] [role="status"]').textContent(), POLL)
        .toMatch(/^\d+ \S+/);
      await expect(
        page.locator('[data-search-box="navbar"] [data-search-all]').getAttribute('href'),
      ).resolves.toContain(`${localePrefix(locale)}/search?q=`);
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works from the keyboard: shortcuts, arrows, Enter opens the result, highlighted until dismissed', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await open(page, docPath(locale, LATEST, 'corruption-risk'));
      const {input, options} = navbarBox(page);
      const focusedBox = () =>
        page.evaluate(
          () => document.activeElement?.closest('[data-search-box]')?.getAttribute('data-search-box') ?? '',
        );

      await page.keyboard.press('Control+k');
      await expect.poll(focusedBox, POLL).toBe('navbar');
      await page.locator('article h1').click();
      await expect.poll(focusedBox, POLL).toBe('');
      await page.keyboard.press('/');
      await expect.poll(focusedBox, POLL).toBe('navbar');
      await expect(input.inputValue()).resolves.toBe('');

      await input.pressSequentially(q.common, {delay: 15});
      await expect.poll(() => options.count(), POLL).toBeGreaterThan(1);
      // Results update while the reader types (debounced): read the options once they have settled.
      let ids: string[] = [];
      let previous = '';
      for (let i = 0; i < 60; i += 1) {
        ids = await options.evaluateAll((items) => items.map((item) => item.id));
        const current = JSON.stringify(ids);
        if (current === previous && ids.length > 1) break;
        previous = current;
        await page.waitForTimeout(250);
      }
      const active = () => input.getAttribute('aria-activedescendant');
      await page.keyboard.press('ArrowDown');
      await expect.poll(active, POLL).toBe(ids[0]);
      await page.keyboard.press('ArrowDown');
      await expect.poll(active, POLL).toBe(ids[1]);
      await expect.poll(() => options.nth(1).getAttribute('aria-selected'), POLL).toBe('true');
      await page.keyboard.press('ArrowUp');
      await expect.poll(active, POLL).toBe(ids[0]);

      const target = new URL(site.origin + ((await options.nth(0).getAttribute('data-url')) ?? ''));
      await page.keyboard.press('Enter');
      await page.waitForURL(
        (url) => url.pathname === target.pathname && url.hash === target.hash && url.searchParams.has('hl'),
      );

      const marks = page.locator('article mark[data-search-highlight]');
      await expect.poll(() => marks.count(), POLL).toBeGreaterThan(0);
      const bar = page.locator('[data-search-highlight-bar]');
      await expect.poll(() => bar.textContent(), POLL).toMatch(q.highlighted);
      if (target.hash) {
        await expect
          .poll(() => inViewport(page, `[id="${decodeURIComponent(target.hash.slice(1))}"]`), POLL)
          .toBe(true);
      }
      await bar.locator('button').click();
      await expect.poll(() => marks.count(), POLL).toBe(0);
      expect(await bar.count()).toBe(0);
      expect(new URL(page.url()).searchParams.has('hl')).toBe(false);

      // Escape closes the list, then clears the box.
      await typeQuery(input, options, q.common);
      await expect.poll(() => input.getAttribute('aria-expanded'), POLL).toBe('true');
      await page.keyboard.press('Escape');
      await expect.poll(() => input.getAttribute('aria-expanded'), POLL).toBe('false');
      await page.keyboard.press('Escape');
      await expect.poll(() => input.inputValue(), POLL).toBe('');
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('highlights the words of ?hl= on a page loaded directly, inside the article only', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      const key = searchKey(q.word, locale);
      await page.goto(
        `${site.origin}${docPath(locale, LATEST, 'corruption-risk')}?hl=${encodeURIComponent(key)}`,
      );
      const marks = page.locator('mark[data-search-highlight]');
      await expect.poll(() => marks.count(), POLL).toBeGreaterThan(0);
      expect(await page.locator('article mark[data-search-highlight]').count()).toBe(await marks.count());
      const words = await marks.evaluateAll((list) => list.map((m) => m.textContent ?? ''));
      // A word, or a part of a compound such as "anti-corruption", has the key.
      for (const word of new Set(words)) {
        expect([word, ...word.split(/[-/]/)].map((part) => searchKey(part, locale))).toContain(key);
      }
      await page.locator('[data-search-highlight-bar] button').click();
      await expect.poll(() => marks.count(), POLL).toBe(0);
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the results page opened empty fetches no index until the reader goes to the field', async () => {
    const {page, context, requests, errors} = await recordedPage(site);
    // The edition indexes, not the list of them (search/manifest.json).
    const indexRequests = () => requests.filter((url) => /\/search\/[^/]+\.[0-9a-f]+\.json$/.test(url));
    try {
      await page.goto(`${site.origin}${localePrefix(locale)}/search`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForTimeout(1000);
      expect(indexRequests()).toEqual([]);
      const field = page.locator('main form[role="search"] input[name="q"]');
      await field.focus();
      await expect.poll(() => indexRequests().length, POLL).toBe(1);
      await field.fill(q.common);
      await expect.poll(() => page.locator('[data-search-count]').textContent(), POLL).toMatch(/^\d+ /);
      expect(indexRequests()).toHaveLength(1);
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the results page groups by chapter, searches the edition asked for, and the URL follows', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await page.goto(site.origin + searchPath(locale, q.common));
      await expect(page.locator('h1').textContent()).resolves.toBe(q.searchTitle);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const count = page.locator('[data-search-count]');
      await expect.poll(() => count.textContent(), POLL).toMatch(/^\d+ /);
      await expect(page.locator('input[name="edition"]:checked').inputValue()).resolves.toBe(LATEST);
      expect(new Set(await resultEditions(page))).toEqual(new Set([LATEST]));

      const docs = await page
        .locator('section[data-doc]')
        .evaluateAll((s) => s.map((e) => e.getAttribute('data-doc') ?? ''));
      expect(docs.length).toBeGreaterThan(0);
      const positions = docs.map((doc) => BOOK_ORDER.indexOf(doc));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));

      await page.locator(`input[name="edition"][value="${DRAFT}"]`).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('edition'), POLL).toBe(DRAFT);
      await expect.poll(async () => [...new Set(await resultEditions(page))], POLL).toEqual([DRAFT]);

      await page.locator('input[name="edition"][value="all"]').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('edition'), POLL).toBe('all');
      await expect
        .poll(async () => new Set(await resultEditions(page)), POLL)
        .toEqual(new Set([LATEST, DRAFT]));
      expect(new URL(page.url()).searchParams.get('q')).toBe(q.common);

      // The URL is the search: reloading it gives the same.
      await page.reload();
      await expect.poll(() => page.locator('input[name="edition"]:checked').inputValue(), POLL).toBe('all');
      await expect(page.locator('main form[role="search"] input[name="q"]').inputValue()).resolves.toBe(
        q.common,
      );
      await expect
        .poll(async () => new Set(await resultEditions(page)), POLL)
        .toEqual(new Set([LATEST, DRAFT]));

      // Typing a new query updates the URL.
      const field = page.locator('main form[role="search"] input[name="q"]');
      await field.fill(q.word);
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe(q.word);
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds a checklist question as an item of its own, and opens the chapter with the item in view', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      const checklist =
        editionChecklists(LATEST).find((c) => c.chapter === 'whistleblowing') ?? editionChecklists(LATEST)[0];
      const item = checklist?.items[0];
      if (!checklist || !item) {
        throw new Error(`edition ${LATEST} has no checklist items`);
      }
      await open(page, docPath(locale, LATEST, 'about'));
      const {input} = navbarBox(page);
      await input.click();
      await input.fill(item.question[locale]);
      const option = page.locator(`[data-search-box="navbar"] [role="option"][data-url$="#${item.id}"]`);
      await expect.poll(() => option.count(), POLL).toBeGreaterThan(0);
      await option.first().click();
      await page.waitForURL(
        (url) => url.pathname === docPath(locale, LATEST, checklist.chapter) && url.hash === `#${item.id}`,
      );
      await expect.poll(() => inViewport(page, `[id="${item.id}"]`), POLL).toBe(true);
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds words typed without diacritics, and with a typo', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      const urls = async (query: string) => {
        await page.goto(site.origin + searchPath(locale, query));
        await expect.poll(() => page.locator('[data-search-count]').textContent(), POLL).toMatch(/^\d+ /);
        return page
          .locator('li[data-edition] a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      };
      const [plain, accented] = q.folded;
      const withDiacritics = await urls(accented);
      const without = await urls(plain);
      expect(without.length).toBeGreaterThan(0);
      expect(without).toContain(withDiacritics[0]);

      const [typo, found] = q.typo;
      await urls(typo);
      const marked = await page
        .locator('li[data-edition] mark')
        .evaluateAll((m) => m.map((e) => e.textContent ?? ''));
      expect(marked.some((word) => found.test(word))).toBe(true);
      expect(problems(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so when nothing is found, and offers the glossary', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await open(page, docPath(locale, LATEST, 'about'));
      const {input} = navbarBox(page);
      await input.click();
      await input.fill('qqqzzzxxq');
      const empty = page.locator('[data-search-box="navbar"] [data-search-empty]');
      await expect.poll(() => empty.textContent(), POLL).toMatch(q.nothing);
      await expect(empty.locator(`a[href="${docPath(locale, LATEST, 'glossary')}"]`).count()).resolves.toBe(
        1,
      );
    } finally {
      await context.close();
    }
  });

  it('says plainly that search is built with the site when there is no index', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await page.route('**/search/**', (route) => route.fulfill({status: 404, body: 'not found'}));
      await open(page, docPath(locale, LATEST, 'about'));
      const {input} = navbarBox(page);
      await input.click();
      await input.fill(q.word);
      await expect
        .poll(() => page.locator('[data-search-box="navbar"] [data-search-unavailable]').textContent(), POLL)
        .toContain('npm run build && npm run serve');
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'passes axe (WCAG 2.1 AA) with results open, on the results page and with highlights, %s mode',
    async (colorScheme) => {
      const {page, context} = await recordedPage(site, {colorScheme});
      try {
        await open(page, docPath(locale, LATEST, 'about'));
        const {input, options} = navbarBox(page);
        await typeQuery(input, options, q.common);
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page, '[data-search-box="navbar"]')).toEqual([]);

        await page.goto(site.origin + searchPath(locale, q.common, 'all'));
        await expect.poll(() => page.locator('[data-search-count]').textContent(), POLL).toMatch(/^\d+ /);
        // The form, the count and the first chapter's results (axe over hundreds of results is slow).
        expect(
          await axeViolations(page, 'main > form, [data-search-count], main > section:first-of-type'),
        ).toEqual([]);

        await page.goto(
          `${site.origin}${docPath(locale, LATEST, 'corruption-risk')}?hl=${encodeURIComponent(searchKey(q.word, locale))}`,
        );
        await expect.poll(() => page.locator('mark[data-search-highlight]').count(), POLL).toBeGreaterThan(0);
        expect(await axeViolations(page, 'mark[data-search-highlight]')).toEqual([]);
        expect(await axeViolations(page, '[data-search-highlight-bar]')).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'fits a 360 px phone: the box expands from an icon, nothing scrolls sideways',
    async () => {
      const {page, context, errors} = await recordedPage(site, {viewport: {width: 360, height: 740}});
      try {
        const noSideScroll = () =>
          page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        await open(page, `${localePrefix(locale)}/`);
        expect(await noSideScroll()).toBe(true);
        await open(page, docPath(locale, LATEST, 'corruption-risk'));
        expect(await noSideScroll()).toBe(true);
        const toggle = page.locator('[data-search-box="navbar"] button[aria-expanded]');
        await expect(toggle.isVisible()).resolves.toBe(true);
        const {input, options} = navbarBox(page);
        await expect(input.isVisible()).resolves.toBe(false);
        await toggle.click();
        await expect.poll(() => input.isVisible(), POLL).toBe(true);
        await input.pressSequentially(q.common, {delay: 15});
        await expect.poll(() => options.count(), POLL).toBeGreaterThan(0);
        const box = await page.locator('[data-search-box="navbar"] [role="listbox"]').boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
        expect(await noSideScroll()).toBe(true);
        await page.goto(site.origin + searchPath(locale, q.common, 'all'));
        await expect.poll(() => page.locator('[data-search-count]').textContent(), POLL).toMatch(/^\d+ /);
        expect(await noSideScroll()).toBe(true);
        expect(problems(errors)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});
