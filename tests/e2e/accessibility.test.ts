/**
 * WCAG 2.1 AA in the browser: axe-core on every page type, in both locales, both colour modes and
 * every edition; keyboard-only use with visible focus; reflow at 320 CSS px and text at 200 %; no
 * information by colour alone; the accessibility statement.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {FileChooser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {axeViolations, describeViolations} from '../support/axe';
import {holdScripts, menuSettled, openSite, poll, recordedPage, type SiteUnderTest} from '../support/browser';
import {untilAllQuestions, untilChecklistReady, untilUsable} from '../support/assessment-page';
import {editionChecklists} from '../support/checklist-data';
import {defined} from '../support/defined';
import {
  assessmentPages,
  docPages,
  docPath,
  EDITIONS,
  homePath,
  localePrefix,
  LOCALES,
  type SiteLocale,
} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

type Mode = 'light' | 'dark';
const MODES: Mode[] = ['light', 'dark'];
/** The self-assessment page and long chapters are slow to render on a loaded machine. */
const SLOW = 180_000;
const EDITION = EDITIONS[0] ?? 'current';
const CHAPTER = 'conflicts-of-interest';
/** The search page comes with the search interface; once its source exists, it must be served. */
const HAS_SEARCH_PAGE = existsSync(join(process.cwd(), 'src/pages/search.tsx'));
const SEARCH_QUERY: Record<SiteLocale, string> = {lt: 'interesų konfliktas', en: 'conflict of interest'};

interface Target {
  name: string;
  locale: SiteLocale;
  path: string;
  status?: number;
  /** Brings the page into the state to check (answers filled in, and so on). */
  prepare?: (page: Page) => Promise<void>;
}

/** Answers every item of a chapter, or the first item of every chapter, cycling through the answers. */
async function answerItems(page: Page, edition: string, scope: 'first-of-each' | string): Promise<number> {
  const answers = ['yes', 'partly', 'no', 'na'];
  const checklists = editionChecklists(edition);
  const items =
    scope === 'first-of-each'
      ? checklists.flatMap((c) => c.items.slice(0, 1))
      : (checklists.find((c) => c.chapter === scope)?.items ?? []);
  for (const [n, item] of items.entries()) {
    await page
      .locator(`fieldset[data-item="${item.id}"] input[type=radio][value="${answers[n % answers.length]}"]`)
      .check();
  }
  return items.length;
}

const assessmentTargets: Target[] = assessmentPages().map((p) => ({
  name: `self-assessment, answered (${p.locale}, ${p.edition})`,
  locale: p.locale,
  path: p.path,
  prepare: async (page) => {
    await untilAllQuestions(page);
    await page.locator('input[name="institution"]').fill('Utenos socialinių paslaugų centras');
    expect(await answerItems(page, p.edition, 'first-of-each')).toBeGreaterThan(3);
    await page.waitForSelector('[data-section="action-plan"] tbody tr');
  },
}));

const everyDoc = process.env.AXE_EVERY_PAGE === '1';
const docTargets: Target[] = docPages()
  .filter((p) => everyDoc || [CHAPTER, 'glossary', 'legal-acts'].includes(p.id))
  .map((p) => ({
    name: `${p.id} (${p.locale}, ${p.edition})`,
    locale: p.locale,
    path: p.path,
    prepare:
      p.id === CHAPTER
        ? async (page) => {
            await untilChecklistReady(page, CHAPTER);
            await answerItems(page, p.edition, CHAPTER);
          }
        : undefined,
  }));

const targets: Target[] = [
  ...LOCALES.map((locale) => ({name: `home (${locale})`, locale, path: homePath(locale)})),
  ...docTargets,
  ...assessmentTargets,
  ...LOCALES.map((locale) => ({
    name: `accessibility statement (${locale})`,
    locale,
    path: `${localePrefix(locale)}/accessibility`,
  })),
  {name: '404 (lt)', locale: 'lt', path: '/docs/next/no-such-page', status: 404},
  {name: '404 (en)', locale: 'en', path: '/en/404'},
  ...(HAS_SEARCH_PAGE
    ? LOCALES.map((locale) => ({
        name: `search results (${locale})`,
        locale,
        path: `${localePrefix(locale)}/search?q=${encodeURIComponent(SEARCH_QUERY[locale])}`,
      }))
    : []),
];

/** A page in a colour mode, set the way a reader sets it: the system preference and the site's toggle. */
async function openInMode(target: Target, mode: Mode) {
  const record = await recordedPage(site, {colorScheme: mode});
  await record.context.addInitScript((m) => localStorage.setItem('theme', m), mode);
  const response = await record.page.goto(site.origin + target.path, {waitUntil: 'networkidle'});
  expect(response?.status()).toBe(target.status ?? 200);
  expect(await record.page.getAttribute('html', 'data-theme')).toBe(mode);
  expect(await record.page.getAttribute('html', 'lang')).toBe(target.locale);
  return record;
}

it('axe-core covers every page type in both locales and every edition', () => {
  expect(new Set(assessmentTargets.map((t) => t.path)).size).toBe(LOCALES.length * EDITIONS.length);
  expect(docTargets.length).toBeGreaterThanOrEqual(3 * LOCALES.length * EDITIONS.length);
});

describe.each(MODES)('axe-core, WCAG 2.1 A and AA, %s mode', (mode) => {
  it.each(targets)(
    '$name has no violations',
    async (target) => {
      const {page, context} = await openInMode(target, mode);
      try {
        await target.prepare?.(page);
        expect(describeViolations(await axeViolations(page))).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});

/** The focused element, with whether its focus indicator can be seen. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return null;
    }
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      visibleFocus: outline || shadow,
    };
  });
}

/** Presses Tab until the focused element matches the selector; every stop on the way must show focus. */
async function tabTo(page: Page, selector: string, {max = 80, shift = false} = {}): Promise<void> {
  // `button:text-is("…")` as in Playwright: a CSS selector plus the element's exact text.
  const textIs = /^(.*):text-is\("([^"]*)"\)$/.exec(selector);
  const target = {sel: textIs?.[1] ?? selector, text: textIs?.[2] ?? null};
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const state = await page.evaluate(({sel, text}) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) {
        return {match: false, visible: true, what: 'body'};
      }
      const ring = (node: Element) => {
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
        return outline || shadow;
      };
      // The ring may be drawn by a wrapper that shows :focus-within (the search box draws it round
      // its input and button), as long as it is a close ancestor.
      let own = ring(el);
      for (let up = el.parentElement, n = 0; !own && up && n < 2; up = up.parentElement, n++) {
        own = up.matches(':focus-within') && ring(up);
      }
      const rect = el.getBoundingClientRect();
      return {
        match: el.matches(sel) && (text === null || (el.textContent ?? '').trim() === text),
        // A focusable that is not rendered (0 × 0) would be a keyboard trap for sighted readers.
        visible: own && rect.width > 0 && rect.height > 0,
        what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      };
    }, target);
    expect(state.visible, `focus indicator on ${state.what}`).toBe(true);
    if (state.match) {
      return;
    }
  }
  throw new Error(`Tab did not reach ${selector} in ${max} presses`);
}

/** Focus the self-assessment's data section heading, where following a link to `#data` leaves it. */
async function focusDataHeading(page: Page): Promise<void> {
  await page
    .locator('[data-section="data"] h2')
    .first()
    .evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
}

describe('keyboard only, with visible focus', () => {
  it.each(LOCALES)(
    'the skip link is the first stop, is translated and moves focus to the content (%s)',
    async (locale) => {
      const {page, context} = await recordedPage(site);
      try {
        await page.goto(site.origin + docPath(locale, EDITION, CHAPTER));
        await page.keyboard.press('Tab');
        const skip = defined(await focused(page), 'a focused skip link');
        expect(skip.text).toBe(locale === 'lt' ? 'Pereiti prie pagrindinio turinio' : 'Skip to main content');
        expect(skip.visibleFocus).toBe(true);
        await expect(page.locator(':focus').isVisible()).resolves.toBe(true);
        await page.keyboard.press('Enter');
        const inMain = await page.evaluate(() => {
          const main = document.querySelector('main');
          const el = document.activeElement;
          return Boolean(main && el && (main === el || main.contains(el) || el.contains(main)));
        });
        expect(inMain).toBe(true);
        // The next Tab goes on inside the content, not back to the navbar.
        await page.keyboard.press('Tab');
        await expect(
          page.evaluate(() => Boolean(document.activeElement?.closest('nav.navbar'))),
        ).resolves.toBe(false);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'reaches the navbar links and follows one with Enter',
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        await page.goto(site.origin + homePath('lt'));
        await tabTo(page, 'nav.navbar a.navbar__brand');
        await tabTo(page, 'nav.navbar a[href$="/self-assessment"]');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${site.origin}/self-assessment`);
        // A client-side navigation changes the URL before the new page has rendered.
        await expect.poll(() => page.locator('h1').textContent(), {timeout: 15_000}).toMatch(/vertinimas/i);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'opens the edition menu and the locale menu with the keyboard and chooses from them',
    // Retried: the navbar re-renders once after a client-side edition switch (its PDF item follows
    // the edition), and a Tab pressed in that moment can pass a menu that is about to open.
    {timeout: SLOW, retry: 2},
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        const draft = EDITIONS.includes('current') && EDITIONS.length > 1;
        // Wait for the navbar's PDF item (it arrives with its manifest) so the menus stay put.
        await page.goto(site.origin + docPath('lt', EDITION, CHAPTER), {waitUntil: 'networkidle'});
        if (draft) {
          const toggle = '.navbar__items--right .dropdown:has(a[href*="/docs/next/"]) > a.navbar__link';
          await tabTo(page, toggle);
          await page.keyboard.press('Enter');
          await expect(page.locator(`${toggle} >> xpath=..`).getAttribute('class')).resolves.toMatch(
            /dropdown--show/,
          );
          await menuSettled(page, '.dropdown--show:has(a[href*="/docs/next/"]) .dropdown__menu');
          await tabTo(page, '.dropdown--show a.dropdown__link[href*="/docs/next/"]');
          await page.keyboard.press('Enter');
          await page.waitForURL(`${site.origin}/docs/next/**`);
          await page.waitForLoadState('networkidle');
        }
        const locale = '.navbar__items--right .dropdown:has(a[lang="en"]) > a.navbar__link';
        await tabTo(page, locale);
        await page.keyboard.press('Enter');
        await menuSettled(page, '.dropdown--show:has(a[lang="en"]) .dropdown__menu');
        await tabTo(page, '.dropdown--show a.dropdown__link[lang="en"]');
        const before = new URL(page.url()).pathname;
        await page.keyboard.press('Enter');
        await page.waitForURL(`${site.origin}/en${before}`);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
      } finally {
        await context.close();
      }
    },
  );

  it(
    "answers a chapter's whole checklist with the keyboard",
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        const items = defined(
          editionChecklists(EDITION).find((c) => c.chapter === CHAPTER),
          `a ${CHAPTER} checklist`,
        ).items;
        await page.goto(site.origin + docPath('lt', EDITION, CHAPTER));
        await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
        // The checklist's code is loaded when the reader comes near it. Hold it back, so that focus
        // enters the checklist while it is still the served HTML, whose questions cannot be used yet.
        const held = await holdScripts(page);
        const section = `section[data-chapter="${CHAPTER}"]`;
        // Start just above the checklist rather than tabbing through the whole chapter.
        await page.locator(section).evaluate((el) => {
          const start = document.createElement('button');
          start.textContent = 'start';
          start.style.outline = '3px solid';
          (el.closest('[data-island]') ?? el).before(start);
          start.focus();
        });
        await page.keyboard.press('Tab');
        await expect(
          page.evaluate((sel) => document.activeElement?.closest(sel) !== null, section),
        ).resolves.toBe(true);
        await expect(page.locator(`${section}[data-ready="true"]`).count()).resolves.toBe(0);
        expect(await held.release()).toBeGreaterThan(0);
        await page.waitForSelector(`${section}[data-ready="true"]`);
        // Having tabbed in before it was live, the reader is at the start of its first question.
        await poll(() =>
          page.evaluate(
            (sel) => document.activeElement?.closest(sel) !== null,
            `fieldset[data-item="${items[0]?.id}"]`,
          ),
        ).toBe(true);
        for (const [n, item] of items.entries()) {
          await tabTo(page, `fieldset[data-item="${item.id}"] input[type=radio]`, {max: 12});
          await page.keyboard.press('Space');
          // Arrow keys move through the group: yes → partly → no.
          for (let k = 0; k < n % 3; k++) {
            await page.keyboard.press('ArrowRight');
          }
          const expected = ['yes', 'partly', 'no'][n % 3];
          await expect(
            page.locator(`fieldset[data-item="${item.id}"] input[value="${expected}"]`).isChecked(),
          ).resolves.toBe(true);
        }
        await expect(
          page.locator(`${section} [data-score]`).first().getAttribute('data-answered'),
        ).resolves.toBe(String(items.length));
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'exports, clears and imports the self-assessment with the keyboard',
    async () => {
      const {page, context} = await recordedPage(site, {acceptDownloads: true});
      // Listening from the start makes Chromium hand every file chooser to the test: a listener
      // added just before the key press raced with it, and the chooser was sometimes never seen.
      const choosers: FileChooser[] = [];
      page.on('filechooser', (chooser) => choosers.push(chooser));
      try {
        await page.goto(site.origin + assessmentPages()[0]?.path);
        const first = defined(editionChecklists(EDITION)[0]?.items[0], 'a first item');
        // Once the stored answers are read, focus moving into the page is what makes it add the rest
        // of the questions (no mouse here). Focused before that, the field is not usable yet.
        await untilUsable(page);
        await page.locator('input[name="institution"]').focus();
        await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
          'institution',
        );
        await page.waitForSelector('main[data-ready="true"]', {state: 'attached'});
        await page.keyboard.type('Biržų viešoji biblioteka');
        await tabTo(page, `fieldset[data-item="${first.id}"] input[type=radio]`);
        await page.keyboard.press('Space');

        // On to the data section as an in-page link does (the page holds every question of the edition).
        await focusDataHeading(page);
        await tabTo(page, '[data-section="data"] button:text-is("Eksportuoti JSON")', {max: 20});
        const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
        const exported = readFileSync(defined(await download.path(), 'the download'), 'utf8');
        expect(JSON.parse(exported).record.current.answers[first.id].answer).toBe('yes');

        await tabTo(page, '[data-section="data"] button:text-is("Ištrinti visus duomenis")', {max: 20});
        page.once('dialog', (dialog) => void dialog.accept());
        await page.keyboard.press('Enter');
        await expect(
          page.locator(`fieldset[data-item="${first.id}"] input[value="yes"]`).isChecked(),
        ).resolves.toBe(false);

        await focusDataHeading(page);
        await tabTo(page, '[data-section="data"] input[type=file]', {max: 20});
        expect(choosers).toEqual([]);
        await page.keyboard.press('Space');
        await expect.poll(() => choosers.length, {timeout: 15_000}).toBe(1);
        await defined(choosers[0], 'the file chooser').setFiles({
          name: 'eksportas.json',
          mimeType: 'application/json',
          buffer: Buffer.from(exported),
        });
        await page.waitForSelector('[data-import-preview]');
        await tabTo(page, 'button:text-is("Importuoti be išsaugojimo")', {max: 20});
        await page.keyboard.press('Enter');
        await expect(
          page.locator(`fieldset[data-item="${first.id}"] input[value="yes"]`).isChecked(),
        ).resolves.toBe(true);
        await expect(page.locator('input[name="institution"]').inputValue()).resolves.toBe(
          'Biržų viešoji biblioteka',
        );
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});

/** Pages that must reflow at 320 CSS px and take 200 % text. */
const reflowPages = [
  {name: 'home', path: homePath('lt')},
  {name: 'chapter', path: docPath('lt', EDITION, CHAPTER)},
  {name: 'chapter with the risk matrix', path: docPath('en', EDITION, 'corruption-risk')},
  {name: 'glossary', path: docPath('en', EDITION, 'glossary')},
  {name: 'legal acts', path: docPath('lt', EDITION, 'legal-acts')},
  {name: 'self-assessment', path: defined(assessmentPages()[0], 'a self-assessment page').path},
];

/** How far the page scrolls sideways, and what sticks out (for the failure message). */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('[class*="scroll"], .table-wrapper, .katex-display, pre, table'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')}`);
    return {overflow: document.documentElement.scrollWidth - width, wide};
  });
}

describe('reflow and resize', () => {
  // The A and AA rules again where the layout is a phone's: stacked tables, the risk matrix scrolling
  // in its frame, the navbar collapsed.
  it.each(reflowPages)(
    '$name has no axe-core violations on a 360 px phone',
    async ({path}) => {
      const {page, context} = await recordedPage(site, {
        viewport: {width: 360, height: 740},
        isMobile: true,
        hasTouch: true,
      });
      try {
        await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        expect(describeViolations(await axeViolations(page))).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it.each(reflowPages)(
    '$name reflows at 320 CSS px with no horizontal scrolling',
    async ({path}) => {
      const {page, context} = await recordedPage(site, {viewport: {width: 320, height: 640}});
      try {
        await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        const result = await horizontalOverflow(page);
        expect(result, result.wide.join(', ')).toMatchObject({overflow: 0});
        await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it.each(reflowPages)(
    '$name takes text at 200 % without horizontal scrolling',
    async ({path}) => {
      const {page, context} = await recordedPage(site, {viewport: {width: 1280, height: 800}});
      try {
        await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        // Text on screen (the printed report, hidden here, is set in points for paper). The same
        // elements are measured before and after: the self-assessment page may still be adding
        // questions between the two looks.
        const sample = 'main p, main li, main td, main legend, nav.navbar a, footer a';
        const before = await page.$$eval(sample, (els) => {
          const shown = els.filter((el) => el.checkVisibility());
          (window as unknown as {sampled: Element[]}).sampled = shown;
          return shown.map((el) => parseFloat(getComputedStyle(el).fontSize));
        });
        // What a reader's browser setting "text size 200 %" does: the root font size doubles.
        await page.addStyleTag({content: 'html { font-size: 212.5% !important; }'});
        const after = await page.evaluate(() =>
          (window as unknown as {sampled: Element[]}).sampled.map((el) => ({
            text: (el.textContent ?? '').trim().slice(0, 30),
            size: parseFloat(getComputedStyle(el).fontSize),
          })),
        );
        expect(before.length).toBeGreaterThan(3);
        const fixed = after
          .filter(({size}, n) => size / (before[n] ?? size) < 1.9)
          .map(({text, size}) => `${size}px "${text}"`);
        expect(fixed, 'text in fixed pixel sizes does not grow').toEqual([]);
        const result = await horizontalOverflow(page);
        expect(result, result.wide.join(', ')).toMatchObject({overflow: 0});
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});

describe('no information by colour alone', () => {
  it(
    'states score bands in words and gives the chart a text equivalent',
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        const path = defined(assessmentPages()[0], 'a self-assessment page').path;
        await page.goto(site.origin + path);
        await untilAllQuestions(page);
        await answerItems(page, EDITION, 'first-of-each');
        await expect(page.locator('[data-overall]').textContent()).resolves.toMatch(/\d,\d\d – [^\d;]+;/);
        const chart = page.locator('[data-section="results"] figure').first();
        const svg = chart.locator('svg[role="img"]');
        await expect(svg.locator('title').textContent()).resolves.toMatch(/\S/);
        await expect(svg.locator('desc').textContent()).resolves.toMatch(/\d,\d\d/);
        const label = await svg.getAttribute('aria-labelledby');
        expect(label?.split(' ').length).toBe(2);
        const rows = await chart.locator('table tbody tr').count();
        expect(rows).toBe(editionChecklists(EDITION).length);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'labels every risk matrix cell with its band in words',
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        await page.goto(site.origin + docPath('en', EDITION, 'corruption-risk'));
        const cells = page.locator('figure table tbody td');
        await expect(cells.count()).resolves.toBe(25);
        const texts = await cells.allTextContents();
        expect(texts.every((t) => /\d+\s*(low|medium|high|very high)$/.test(t))).toBe(true);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});

describe('the accessibility statement', () => {
  const sections = ['compliance-status', 'non-accessible-content', 'preparation', 'feedback', 'enforcement'];

  it.each(LOCALES)(
    'is linked from the footer of every page type and has the model sections (%s)',
    async (locale) => {
      const {page, context} = await recordedPage(site);
      try {
        for (const path of [
          homePath(locale),
          docPath(locale, EDITION, CHAPTER),
          `${localePrefix(locale)}/404`,
        ]) {
          await page.goto(site.origin + path);
          const link = page.locator(`footer a[href="${localePrefix(locale)}/accessibility"]`);
          await expect(link.count(), path).resolves.toBe(1);
        }
        await page.goto(`${site.origin}${localePrefix(locale)}/accessibility`);
        const ids = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
        expect(ids).toEqual(sections);
        const text = (await page.locator('main').textContent()) ?? '';
        expect(text).toContain('2016/2102');
        expect(text).toContain('2018/1523');
        expect(text).toContain('WCAG 2.1');
        expect(text).toContain('EN 301 549');
        expect(text).toContain('1261');
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});
