import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  countIcuSetUps,
  icuSetUps,
  openSite,
  poll,
  reactOwns,
  recordedPage,
  type SiteUnderTest,
} from '../support/browser';
import {editionChecklists} from '../support/checklist-data';
import {docPath, EDITIONS, homePath} from '../support/site-pages';
import {editionDocsDirs} from '../../src/editions/editions';
import {frontMatterTitle} from '../../src/content/headings';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

function docTitle(edition: string, locale: 'lt' | 'en', id: string): string {
  const dirs = editionDocsDirs(edition);
  return frontMatterTitle(readFileSync(join(dirs[locale], `${id}.mdx`), 'utf8')) ?? '';
}

describe.each(EDITIONS)('edition %s', (edition) => {
  it('the locale switch keeps the reader on the same page, both ways', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await page.goto(site.origin + docPath('lt', edition, 'corruption-risk'));
      await expect(page.locator('h1').textContent()).resolves.toBe(
        docTitle(edition, 'lt', 'corruption-risk'),
      );

      await page.locator('.navbar__items--right .dropdown:has(a[lang="en"])').hover();
      await page.locator('a.dropdown__link[lang="en"]').click();
      await page.waitForURL(site.origin + docPath('en', edition, 'corruption-risk'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expect(page.locator('h1').textContent()).resolves.toBe(
        docTitle(edition, 'en', 'corruption-risk'),
      );

      await page.locator('.navbar__items--right .dropdown:has(a[lang="lt"])').hover();
      await page.locator('a.dropdown__link[lang="lt"]').click();
      await page.waitForURL(site.origin + docPath('lt', edition, 'corruption-risk'));
      expect(await page.getAttribute('html', 'lang')).toBe('lt');
    } finally {
      await context.close();
    }
  });

  it("marks the draft edition with a banner in the reader's language, and a released one without", async () => {
    const {page, context} = await recordedPage(site);
    try {
      const banner = page.locator('.theme-doc-version-banner');
      const expected = {lt: /rengiamas, dar neišleistas vadovo leidimas/, en: /edition in preparation/};
      for (const locale of ['lt', 'en'] as const) {
        await page.goto(site.origin + docPath(locale, edition, 'about'));
        if (edition === 'current') {
          await expect(banner.textContent()).resolves.toMatch(expected[locale]);
        } else {
          expect(await banner.count()).toBe(0);
        }
      }
    } finally {
      await context.close();
    }
  });

  it("shows each chapter's checklist with the right Lithuanian plural and every item", async () => {
    const {page, context} = await recordedPage(site);
    try {
      const data = editionChecklists(edition).find((c) => c.chapter === 'corruption-risk');
      if (!data) {
        throw new Error(`edition ${edition} has no corruption-risk checklist`);
      }
      const count = data.items.length;
      const ltForm = new Intl.PluralRules('lt').select(count);
      const words: Record<string, string> = {
        one: 'klausimas',
        few: 'klausimai',
        many: 'klausimo',
        other: 'klausimų',
      };
      const ltWord = words[ltForm];

      await page.goto(site.origin + docPath('lt', edition, 'corruption-risk'));
      const checklist = page.locator('section[data-chapter="corruption-risk"]');
      await expect(checklist.locator('strong').first().textContent()).resolves.toBe(`${count} ${ltWord}`);
      await expect(checklist.locator('fieldset[data-item]').count()).resolves.toBe(count);
      const first = data.items[0];
      await expect(page.locator(`[id="${first?.id}"] legend`).textContent()).resolves.toBe(
        first?.question.lt.trim(),
      );

      await page.goto(site.origin + docPath('en', edition, 'corruption-risk'));
      await expect(checklist.locator('strong').first().textContent()).resolves.toBe(`${count} questions`);
      await expect(page.locator(`[id="${first?.id}"] legend`).textContent()).resolves.toBe(
        first?.question.en.trim(),
      );
    } finally {
      await context.close();
    }
  });
});

describe('prefetching the pages a reader may open next', () => {
  it('waits for the reader to start using the page, then prefetches the linked pages', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await page.goto(site.origin + docPath('lt', EDITIONS[0] ?? 'current', 'conflicts-of-interest'));
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
      // Links in view asked for their pages while the page came alive; nothing is fetched for them yet.
      await page.waitForTimeout(1500);
      const prefetched = () => page.locator('link[rel="prefetch"]').count();
      expect(await prefetched()).toBe(0);
      await page.mouse.wheel(0, 300);
      await expect.poll(prefetched).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("a chapter's checklist, made live when the reader comes near it", () => {
  const chapter = 'conflicts-of-interest';
  const edition = EDITIONS[0] ?? 'current';

  it.each(['lt', 'en'] as const)(
    '(%s) is read as served, without its code, then made live in place when scrolled to',
    async (locale) => {
      const {page, context, errors} = await recordedPage(site);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') {
          scripts.push(request.url());
        }
      });
      try {
        await page.goto(site.origin + docPath(locale, edition, chapter));
        await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
        const section = page.locator(`section[data-chapter="${chapter}"]`);
        const shape = () =>
          section.evaluate((el) => ({
            questions: el.querySelectorAll('fieldset[data-item]').length,
            intro: el.querySelector('.checklist-screen > p')?.textContent ?? '',
          }));
        const served = await shape();
        expect(served.questions).toBeGreaterThan(0);
        // Read from the top, with the page turned a little: the checklist at the end stays as served.
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(1500);
        await expect(section.getAttribute('data-ready')).resolves.toBe('false');
        await expect(section.locator('[inert] fieldset[data-item]').count()).resolves.toBe(served.questions);
        const before = new Set(scripts);
        await section.scrollIntoViewIfNeeded();
        await page.waitForSelector(`section[data-chapter="${chapter}"][data-ready="true"]`);
        // Its code came only now, and the live checklist has the served one's questions and text.
        expect(scripts.filter((url) => !before.has(url)).length).toBeGreaterThan(0);
        await expect(shape()).resolves.toEqual(served);
        await expect(section.locator('[inert]').count()).resolves.toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('is made live at once when the page opens at one of its questions', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      const checklist = editionChecklists(edition).find((c) => c.chapter === chapter);
      const first = checklist?.items[0];
      if (!first) {
        throw new Error(`edition ${edition} has no ${chapter} checklist`);
      }
      await page.goto(`${site.origin}${docPath('lt', edition, chapter)}#${first.id}`);
      await page.waitForSelector(`section[data-chapter="${chapter}"][data-ready="true"]`, {timeout: 10_000});
      await poll(() =>
        page.locator(`[id="${first.id}"]`).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }),
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a doc with nothing live in it, served as static HTML', () => {
  const edition = EDITIONS[0] ?? 'current';
  it.each(['lt', 'en'] as const)(
    '(%s) the glossary is left as served, and its links still open pages inside the app',
    async (locale) => {
      const {page, context, errors} = await recordedPage(site);
      try {
        await page.goto(site.origin + docPath(locale, edition, 'glossary'));
        await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
        expect(await reactOwns(page, '.theme-doc-markdown p')).toBe(false);
        // The page around it is hydrated as usual.
        expect(await reactOwns(page, 'nav.navbar')).toBe(true);
        const link = page.locator(`.theme-doc-markdown a[href^="${docPath(locale, edition, '')}"]`).first();
        const href = (await link.getAttribute('href')) ?? '';
        const glossaryTitle = await page.locator('article h1').first().textContent();
        await page.evaluate(() => ((window as unknown as {sameDocument: boolean}).sameDocument = true));
        await link.click();
        await page.waitForURL((url) => url.pathname + url.hash === href);
        await poll(() => page.locator('article h1').first().textContent()).not.toBe(glossaryTitle);
        expect(await page.evaluate(() => (window as unknown as {sameDocument?: boolean}).sameDocument)).toBe(
          true,
        );
        // Back in the app, the glossary is rendered by React this time, with the same text.
        await page.goBack();
        await page.waitForURL((url) => url.pathname === docPath(locale, edition, 'glossary'));
        await poll(() => reactOwns(page, '.theme-doc-markdown p')).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('a chapter with a checklist or with a risk matrix is hydrated', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      for (const id of ['conflicts-of-interest', 'corruption-risk']) {
        await page.goto(site.origin + docPath('lt', edition, id));
        await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
        expect(await reactOwns(page, '.theme-doc-markdown p')).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('typography and math', () => {
  it("renders formulas with KaTeX (visual HTML and MathML) using the site's own KaTeX fonts", async () => {
    const {page, context, requests} = await recordedPage(site);
    try {
      await page.goto(site.origin + docPath('lt', EDITIONS[0] ?? 'current', 'corruption-risk'), {
        waitUntil: 'networkidle',
      });
      const display = page.locator('.katex-display').first();
      await expect(display.locator('.katex-html').count()).resolves.toBe(1);
      await expect(display.locator('math').count()).resolves.toBe(1);
      await expect(display.locator('annotation').textContent()).resolves.toContain('\\times');
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
      expect(requests.some((url) => url.startsWith(site.origin) && /KaTeX_Main.*\.woff2$/.test(url))).toBe(
        true,
      );
      // Loaded once: hydration keeps the server-rendered link (a second load restyles the whole page).
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(requests.filter((url) => url.includes('/katex.min.css')).length).toBe(1);
      expect(requests.filter((url) => /KaTeX_Main-Regular\.woff2$/.test(url)).length).toBe(1);

      // Reached by a client-side link from a page without math, the formulas are styled as well.
      await page.goto(site.origin + docPath('lt', EDITIONS[0] ?? 'current', 'about'), {
        waitUntil: 'networkidle',
      });
      await expect(page.locator('link[href*="katex.min.css"]').count()).resolves.toBe(0);
      await page.evaluate(
        (path) => {
          const link = document.querySelector<HTMLAnchorElement>(`a[href="${path}"]`);
          link?.click();
          return link !== null;
        },
        docPath('lt', EDITIONS[0] ?? 'current', 'corruption-risk'),
      );
      await page.locator('.katex-display').first().waitFor();
      await poll(() =>
        page
          .locator('.katex-display .katex-html')
          .first()
          .evaluate((el) => getComputedStyle(el).display),
      ).toBe('block');
    } finally {
      await context.close();
    }
  });

  it('sets the text in Literata, served by the site, with Lithuanian letters', async () => {
    const {page, context, requests} = await recordedPage(site);
    try {
      await page.goto(site.origin + homePath('lt'), {waitUntil: 'networkidle'});
      await page.evaluate(() => document.fonts.ready);
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(family).toMatch(/^"Literata Variable"/);
      expect(await page.evaluate(() => document.fonts.check('16px "Literata Variable"', 'ąčęėįšųūž'))).toBe(
        true,
      );
      expect(
        requests.some(
          (url) => url.startsWith(site.origin) && /literata-latin-ext-wght-normal.*\.woff2$/.test(url),
        ),
      ).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('on a phone', () => {
  it('the menu opens with the book contents, by touch and by keyboard, and leads to a chapter', async () => {
    const {page, context, errors} = await recordedPage(site, {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true,
    });
    // The theme's helper behind this menu sorted its props with localeCompare on every chapter as
    // it hydrated (src/plugins/lean-client/react-utils.ts).
    await countIcuSetUps(context);
    try {
      const from = docPath('lt', EDITIONS[0] ?? '', 'corruption-risk');
      const to = docPath('lt', EDITIONS[0] ?? '', 'conflicts-of-interest');
      await page.goto(site.origin + from);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await expect(icuSetUps(page)).resolves.toEqual({});
      // Not built until it is opened.
      await expect(page.locator('.navbar-sidebar').count()).resolves.toBe(0);
      const menu = page.locator('button.navbar__toggle');
      await menu.tap();
      const link = page.locator(`.navbar-sidebar a[href="${to}"]`);
      await link.waitFor({state: 'visible'});
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await link.tap();
      await page.waitForURL(`**${to}`);
      await poll(() => menu.getAttribute('aria-expanded')).toBe('false');

      // Again with the keyboard, on the page just reached: the menu stays built and opens as before.
      await menu.focus();
      await page.keyboard.press('Enter');
      await page.locator(`.navbar-sidebar a[href="${from}"]`).waitFor({state: 'visible'});
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(icuSetUps(page)).resolves.toEqual({});
      await expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
