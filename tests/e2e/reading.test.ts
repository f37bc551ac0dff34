/**
 * Reading on any screen (issue 14): the home page leads into every section in at most two taps,
 * every next-edition chapter opens with its "in short" box, wide tables become stacked entries on
 * a 360 px phone without losing a column, external links go to allowed official hosts only, and
 * English pages carry no Lithuanian site name in their titles and social metadata.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {Parser} from 'htmlparser2';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {bookContents} from '../../src/book/contents';
import {CHAPTERS} from '../../src/book/outline';
import {checkExternalLink} from '../../src/content/external-links';
import {docFile, listDocIds} from '../../src/content/parity';
import {CURRENT_EDITION, defaultEdition, editionDocsDirs} from '../../src/editions/editions';
import {BUILD_DIR, openSite, poll, recordedPage, SLOW, type SiteUnderTest} from '../support/browser';
import {docPath, homePath, LOCALES, RELEASED, SITE_DIR, type SiteLocale} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const PHONE = {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true};
const DESKTOP = {viewport: {width: 1280, height: 800}};
const SCREENS = [
  {name: '360 px phone', options: PHONE, tap: true},
  {name: 'desktop', options: DESKTOP, tap: false},
];

/** The edition a new reader gets from the home page, and its contents in one language. */
const HOME_EDITION = defaultEdition(RELEASED);
function contents(locale: SiteLocale, edition: string) {
  const dir = join(SITE_DIR, editionDocsDirs(edition)[locale]);
  return bookContents((id) => {
    const file = docFile(dir, id);
    return file ? readFileSync(file, 'utf8') : null;
  });
}

/** A doc's entry in the home page's contents. */
const CONTENTS_ENTRY = 'section[aria-labelledby="contents"] li';

/** A tap on a phone, a click on a desktop. */
async function press(page: Page, selector: string, tap: boolean): Promise<void> {
  const target = page.locator(selector);
  await target.scrollIntoViewIfNeeded();
  await (tap ? target.tap() : target.click());
}

describe('from the home page into the book', () => {
  describe.each(SCREENS)('on a $name', ({options, tap}) => {
    it.each(LOCALES)(
      'lists every doc of the edition (%s), each one tap away and each section two',
      async (locale) => {
        const {page, context, errors} = await recordedPage(site, options);
        try {
          await page.goto(site.origin + homePath(locale), {waitUntil: 'networkidle'});
          const docs = contents(locale, HOME_EDITION).flatMap((part) => part.docs);
          expect(docs.map((d) => d.id).sort()).toEqual(
            listDocIds(join(SITE_DIR, editionDocsDirs(HOME_EDITION).lt)).sort(),
          );
          for (const doc of docs) {
            const path = docPath(locale, HOME_EDITION, doc.id);
            const chapter = page.locator(`${CONTENTS_ENTRY} > a[href="${path}"]`);
            await expect(chapter.count(), `${doc.id}: one link to ${path}`).resolves.toBe(1);
            await expect(chapter.textContent()).resolves.toBe(doc.title);
            const entry = page.locator(CONTENTS_ENTRY, {has: page.locator(`a[href="${path}"]`)});
            // The question the chapter answers, in one line of the page's language.
            await expect(entry.locator('p').textContent()).resolves.toMatch(/\?$/);
            if (doc.sections.length === 0) {
              continue;
            }
            const sectionLinks = entry.locator('details a');
            await expect(sectionLinks.first().isVisible()).resolves.toBe(false);
            await (tap ? entry.locator('summary').tap() : entry.locator('summary').click());
            await expect(
              sectionLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
            ).resolves.toEqual(doc.sections.map((s) => `${path}#${s.id}`));
            await expect(sectionLinks.last().isVisible()).resolves.toBe(true);
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      },
      SLOW,
    );

    it.each(LOCALES)(
      'a section is reached in two taps, a common question in one (%s)',
      async (locale) => {
        const {page, context} = await recordedPage(site, options);
        try {
          const home = site.origin + homePath(locale);
          // Tap 1 opens the chapter's sections, tap 2 opens one of them.
          await page.goto(home, {waitUntil: 'networkidle'});
          const path = docPath(locale, HOME_EDITION, 'whistleblowing');
          const entry = page.locator(CONTENTS_ENTRY, {has: page.locator(`a[href="${path}"]`)});
          await press(page, `${CONTENTS_ENTRY}:has(> a[href="${path}"]) summary`, tap);
          await (tap
            ? entry.locator(`a[href="${path}#confidentiality"]`).tap()
            : entry.locator(`a[href="${path}#confidentiality"]`).click());
          await page.waitForURL(`${site.origin}${path}#confidentiality`);
          await poll(() => page.locator('#confidentiality').isVisible()).toBe(true);
          // The common questions lead straight to the section that answers them.
          await page.goto(home, {waitUntil: 'networkidle'});
          const gifts = `${docPath(locale, HOME_EDITION, 'conflicts-of-interest')}#gifts`;
          await press(page, `#common-questions ~ ul a[href="${gifts}"]`, tap);
          await page.waitForURL(site.origin + gifts);
          const heading = page.locator('#gifts');
          await poll(() => heading.isVisible()).toBe(true);
          // Scrolled to: the answer is on the screen the tap opens.
          await poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(
            options.viewport.height,
          );
        } finally {
          await context.close();
        }
      },
      SLOW,
    );
  });

  it('lists the edition the reader chose last (the draft), with its own chapters and sections', async () => {
    const {page, context, errors} = await recordedPage(site, PHONE);
    try {
      // What Docusaurus stores when a reader picks an edition in the menu.
      await page.addInitScript(() => localStorage.setItem('docs-preferred-version-default', 'current'));
      await page.goto(site.origin + homePath('lt'), {waitUntil: 'networkidle'});
      const docs = contents('lt', CURRENT_EDITION).flatMap((part) => part.docs);
      const links = page.locator(`${CONTENTS_ENTRY} > a`);
      // Each doc's own link (its section links carry a #fragment).
      const docLinks = () =>
        links.evaluateAll((as) =>
          as.map((a) => a.getAttribute('href') ?? '').filter((href) => !href.includes('#')),
        );
      await poll(docLinks).toEqual(docs.map((doc) => docPath('lt', CURRENT_EDITION, doc.id)));
      const gifts = `${docPath('lt', CURRENT_EDITION, 'conflicts-of-interest')}#gifts`;
      await expect(page.locator(`#common-questions ~ ul a[href="${gifts}"]`).count()).resolves.toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the common questions and the contents are in the page language', async () => {
    const {page, context} = await recordedPage(site, PHONE);
    try {
      const expected = {
        lt: ['Ar galima priimti dovaną?', 'Kaip pranešti apie pažeidimą?', 'Kaip įsivertinti įstaigą?'],
        en: ['May I accept a gift?', 'How do I report a breach?', 'How do we assess our institution?'],
      };
      for (const locale of LOCALES) {
        await page.goto(site.origin + homePath(locale), {waitUntil: 'networkidle'});
        const tasks = await page.locator('#common-questions ~ ul a').allTextContents();
        expect(tasks).toEqual(expect.arrayContaining(expected[locale]));
        const parts = (await page.locator('#contents ~ * h3').allTextContents()).map((t) =>
          t.replace('\u200b', ''),
        );
        expect(parts).toEqual(
          locale === 'lt'
            ? ['Pagrindai', 'Veiklos sritys', 'Priežiūra ir tobulinimas', 'Priedai']
            : ['Foundations', 'Areas of work', 'Oversight and improvement', 'Annexes'],
        );
      }
    } finally {
      await context.close();
    }
  });
});

describe('"in short" at the top of every chapter', () => {
  it.each(LOCALES)(
    'every next-edition chapter opens with its box (%s)',
    async (locale) => {
      const {page, context} = await recordedPage(site, PHONE);
      const title = {lt: 'Trumpai', en: 'In short'}[locale];
      try {
        for (const chapter of CHAPTERS) {
          await page.goto(site.origin + docPath(locale, CURRENT_EDITION, chapter), {
            waitUntil: 'domcontentloaded',
          });
          // The first thing after the chapter's title (a page with formulas links KaTeX's stylesheet
          // before its content; a <link> shows nothing).
          const first = page.locator('.theme-doc-markdown > header ~ :not(link)').first();
          await expect(first.getAttribute('class'), chapter).resolves.toContain('theme-admonition-inshort');
          await expect(
            first.locator('.admonitionHeading, [class*="admonitionHeading"]').textContent(),
          ).resolves.toContain(title);
          const points = first.locator('ul > li');
          expect(await points.count(), chapter).toBeGreaterThanOrEqual(3);
          for (const link of await points.locator('a[href*="#"]').all()) {
            const id = decodeURIComponent(((await link.getAttribute('href')) ?? '').split('#')[1] ?? '');
            await expect(page.locator(`[id="${id}"]`).count(), `${chapter}: #${id}`).resolves.toBe(1);
          }
        }
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});

const TABLE_PAGES = LOCALES.flatMap((locale) =>
  [CURRENT_EDITION, ...RELEASED].flatMap((edition) =>
    ['glossary', 'legal-acts', 'corruption-risk'].map((id) => ({
      locale,
      edition,
      id,
      path: docPath(locale, edition, id),
    })),
  ),
);

describe('wide tables', () => {
  it.each(TABLE_PAGES)(
    '$id ($locale, $edition) fits a 360 px phone with every cell shown and labelled',
    async ({id, path}) => {
      const {page, context} = await recordedPage(site, PHONE);
      try {
        await page.goto(site.origin + path, {waitUntil: 'networkidle'});
        const result = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const cells = Array.from(
            document.querySelectorAll<HTMLElement>('.theme-doc-markdown table.stacked-table td'),
          );
          const hidden = cells
            .filter((td) => (td.textContent ?? '').trim() !== '')
            .filter((td) => {
              const box = td.getBoundingClientRect();
              return (
                !td.checkVisibility() ||
                box.left < 0 ||
                box.right > width + 1 ||
                td.scrollWidth > td.clientWidth + 1
              );
            })
            .map((td) => (td.textContent ?? '').slice(0, 40));
          const stacked = Array.from(
            document.querySelectorAll<HTMLElement>('.theme-doc-markdown table.stacked-table'),
          );
          const unlabelled = stacked
            .flatMap((table) => Array.from(table.querySelectorAll<HTMLElement>('tbody td')))
            // A column with an empty header (row names) has no label to show.
            .filter((td) => td.dataset.label !== undefined)
            .filter((td) => !getComputedStyle(td, '::before').content.includes(td.dataset.label ?? ''))
            .map((td) => (td.textContent ?? '').slice(0, 40));
          return {
            overflow: document.documentElement.scrollWidth - width,
            cells: cells.filter((td) => td.dataset.label !== undefined).length,
            stacked: stacked.length,
            hidden,
            unlabelled,
            tableScrolls: stacked.filter((t) => t.scrollWidth > t.clientWidth + 1).length,
            // Markdown tables of three or more columns left as tables (components such as the risk
            // matrix are tables of their own and scroll inside their frame).
            unstacked: Array.from(document.querySelectorAll('.theme-doc-markdown table:not(.stacked-table)'))
              .filter((t) => !t.closest('figure, [class*="matrix"]'))
              .filter((t) => (t.querySelector('tr')?.children.length ?? 0) >= 3).length,
          };
        });
        expect(result.overflow).toBe(0);
        expect(result.hidden).toEqual([]);
        expect(result.unlabelled).toEqual([]);
        expect(result.tableScrolls).toBe(0);
        expect(result.unstacked).toBe(0);
        // The glossary's eight tables and the risk chapter's tables are stacked; the legal acts are a list.
        expect(result.stacked > 0).toBe(id !== 'legal-acts');
        expect(result.cells > 0).toBe(id !== 'legal-acts');
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'the glossary is stacked on a phone and a table on a desktop, with table semantics on both',
    async () => {
      for (const [options, display] of [
        [PHONE, 'block'],
        [DESKTOP, 'table-row'],
      ] as const) {
        const {page, context} = await recordedPage(site, options);
        try {
          await page.goto(site.origin + docPath('en', CURRENT_EDITION, 'glossary'), {
            waitUntil: 'networkidle',
          });
          const table = page.locator('table.stacked-table').first();
          await expect(page.locator('table.stacked-table').count()).resolves.toBeGreaterThanOrEqual(8);
          await expect(
            table
              .locator('tbody tr')
              .first()
              .evaluate((tr) => getComputedStyle(tr).display),
          ).resolves.toBe(display);
          // Screen readers get a table with column headers, in the reading order of the page.
          const snapshot = await table.ariaSnapshot();
          expect(snapshot).toMatch(/^- table/);
          expect(snapshot).toContain('columnheader "Term"');
          expect(snapshot).toContain('columnheader "Lithuanian"');
          const first = await table.locator('tbody tr').first().locator('td').allTextContents();
          expect(first).toHaveLength(4);
          expect(snapshot.indexOf(first[0] ?? '@')).toBeLessThan(
            snapshot.indexOf((first[2] ?? '@').slice(0, 20)),
          );
        } finally {
          await context.close();
        }
      }
    },
    SLOW,
  );
});

/** Every built HTML page, relative to build/. */
function builtPages(dir = BUILD_DIR): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return builtPages(path);
    }
    return entry.name.endsWith('.html') ? [relative(BUILD_DIR, path)] : [];
  });
}

interface PageFacts {
  /** Links to another origin, with their text (nested links do not occur). */
  externalLinks: {href: string; text: string}[];
  /** `<title>` in the head (an SVG in the body may have its own). */
  titles: string[];
  /** `<meta>` contents by `name` or `property`. */
  meta: Record<string, string[]>;
}

function pageFacts(html: string): PageFacts {
  const facts: PageFacts = {externalLinks: [], titles: [], meta: {}};
  let link: {href: string; text: string} | null = null;
  let title: string | null = null;
  let inHead = true;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const href = attributes.href ?? '';
        if (name === 'a' && /^(https?:)?\/\//i.test(href)) {
          link = {href, text: ''};
        } else if (name === 'title' && inHead) {
          title = '';
        } else if (name === 'meta' && inHead) {
          const key = attributes.property ?? attributes.name;
          if (key) {
            (facts.meta[key] ??= []).push(attributes.content ?? '');
          }
        }
      },
      ontext(text) {
        if (link) {
          link.text += text;
        }
        if (title !== null) {
          title += text;
        }
      },
      onclosetag(name) {
        if (name === 'a' && link) {
          facts.externalLinks.push(link);
          link = null;
        } else if (name === 'title' && title !== null) {
          facts.titles.push(title);
          title = null;
        } else if (name === 'head') {
          inHead = false;
        }
      },
    },
    {decodeEntities: true},
  );
  parser.write(html);
  parser.end();
  return facts;
}

describe('the built pages', () => {
  const pages = builtPages();

  it('link out of the site only to allowed official hosts, each link marked as external', () => {
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let links = 0;
    for (const file of pages) {
      for (const {href, text} of pageFacts(readFileSync(join(BUILD_DIR, file), 'utf8')).externalLinks) {
        links++;
        const problem = checkExternalLink(href);
        if (problem) {
          problems.push(`${file}: ${problem}`);
        }
        if (!/\((išorinė nuoroda|external link)\)\s*$/.test(text)) {
          problems.push(`${file}: ${href} is not marked as an external link`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThan(80);
  });

  it('in English carry titles, descriptions and social metadata without the Lithuanian site name', () => {
    const english = pages.filter((file) => file.startsWith('en/'));
    expect(english.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of english) {
      const {titles, meta} = pageFacts(readFileSync(join(BUILD_DIR, file), 'utf8'));
      const title = titles[0] ?? '';
      if (titles.length !== 1 || !title.endsWith('State Welfare Transparency Policy Guide')) {
        problems.push(`${file}: title ${JSON.stringify(titles)}`);
      }
      const texts = [
        title,
        ...['og:title', 'twitter:title', 'description', 'og:description', 'twitter:description'].flatMap(
          (key) => meta[key] ?? [],
        ),
      ];
      for (const text of texts) {
        if (/Valstybės gerovės|vadovas|[ąčęėįšųūž]/i.test(text)) {
          problems.push(`${file}: "${text}" is not in English`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('smaller things readers saw', () => {
  it('long chapter titles wrap in full in the desktop sidebar; buttons use the book font; the banner names the edition once', async () => {
    const {page, context} = await recordedPage(site, DESKTOP);
    try {
      for (const locale of LOCALES) {
        await page.goto(site.origin + docPath(locale, CURRENT_EDITION, 'elected-members'), {
          waitUntil: 'networkidle',
        });
        const labels = await page.locator('.theme-doc-sidebar-menu .menu__link > span').evaluateAll((spans) =>
          spans.map((span) => ({
            text: span.textContent ?? '',
            // Clamped to a number of lines, or clipping what does not fit.
            cut:
              getComputedStyle(span).webkitLineClamp !== 'none' ||
              getComputedStyle(span).overflow !== 'visible',
          })),
        );
        expect(labels.length).toBeGreaterThan(20);
        expect(labels.filter((l) => l.cut)).toEqual([]);
        const fonts = await page.evaluate(() => ({
          body: getComputedStyle(document.body).fontFamily,
          buttons: Array.from(document.querySelectorAll('button')).map((b) => getComputedStyle(b).fontFamily),
        }));
        expect(fonts.buttons.length).toBeGreaterThan(0);
        expect(new Set(fonts.buttons)).toEqual(new Set([fonts.body]));
        const banner = (await page.locator('.theme-doc-version-banner').textContent()) ?? '';
        const name = {lt: /rengiamas/gi, en: /in preparation/gi}[locale];
        expect(banner.match(name)).toHaveLength(1);
      }
    } finally {
      await context.close();
    }
  });
});
