/**
 * Whatever a reader types or loads is shown as text and never runs: script and HTML payloads in every
 * field of the self-assessment, in imported files (their content and their names), in the browser's
 * stored data and in URL parameters. Run on the plain server, with no Content-Security-Policy to
 * stop an injection: the page itself must not execute what it is given.
 */
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {assessmentPath} from '../../src/editions/editions';
import {storageKey} from '../../src/assessment/store';
import {openSite, poll, recordedPage, type SiteUnderTest} from '../support/browser';
import {untilAllQuestions, untilChecklistReady} from '../support/assessment-page';
import {editionChecklists} from '../support/checklist-data';
import {defined} from '../support/defined';
import {docPath, EDITIONS, LOCALES, localePrefix, RELEASED} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Each would set window.__pwned if it ever reached the DOM as markup or a URL. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'javascript:window.__pwned=1',
];
const PAYLOAD = PAYLOADS.join(' ');

const EDITION = EDITIONS[0] ?? 'current';
const checklists = editionChecklists(EDITION);
const first = defined(checklists[0], 'a checklist chapter');
const itemA = defined(first.items[0], 'an item');
const itemB = defined(first.items[1], 'a second item');

/** What of the payloads ran or became an element, an event-handler attribute or a script link. */
function inertProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if ((window as unknown as {__pwned?: unknown}).__pwned !== undefined) {
      problems.push('window.__pwned is set');
    }
    document.querySelectorAll('*').forEach((element) => {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) {
          problems.push(`<${element.localName} ${attribute}>`);
        }
      }
    });
    document
      .querySelectorAll('img[src="x"], iframe, svg[onload], object, embed')
      .forEach((element) => problems.push(`element <${element.localName}>`));
    document.querySelectorAll('script').forEach((script) => {
      if (script.textContent?.includes('__pwned')) {
        problems.push('a script element with the payload');
      }
    });
    document.querySelectorAll('[href], [src], [action], [formaction]').forEach((element) => {
      for (const name of ['href', 'src', 'action', 'formaction']) {
        if (/^\s*javascript:/i.test(element.getAttribute(name) ?? '')) {
          problems.push(`<${element.localName} ${name}="javascript:…">`);
        }
      }
    });
    return problems;
  });
}

async function expectInert(page: Page, where: string) {
  expect([where, await inertProblems(page)]).toEqual([where, []]);
}

const assessmentUrl = (locale: 'lt' | 'en' = 'lt') =>
  `${site.origin}${localePrefix(locale)}${assessmentPath(EDITION, RELEASED)}`;

async function openAssessment(page: Page, locale: 'lt' | 'en' = 'lt') {
  await page.goto(assessmentUrl(locale));
  await untilAllQuestions(page);
}

const item = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"]`);

describe('hostile input in the self-assessment', () => {
  it('the check itself sees a payload that did become markup', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await page.goto(`${site.origin}/`);
      await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOADS[0] ?? '');
      await page.waitForFunction(() => (window as unknown as {__pwned?: number}).__pwned === 1);
      await expect(inertProblems(page)).resolves.toEqual([
        'window.__pwned is set',
        '<img onerror>',
        'element <img>',
      ]);
    } finally {
      await context.close();
    }
  });

  it('every text field keeps script and HTML as text, on the page, in the report and after a reload', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await openAssessment(page);
      for (const name of ['institution', 'municipality', 'assessors']) {
        await page.locator(`input[name="${name}"]`).fill(PAYLOAD);
      }
      for (const id of [itemA.id, itemB.id]) {
        await item(page, id).locator('input[type=radio][value="no"]').check();
        await item(page, id).locator('input[type=text]').fill(PAYLOAD);
        await item(page, id).locator('textarea').fill(PAYLOAD);
      }
      const plan = page.locator('[data-section="action-plan"] tbody tr').first();
      await plan.locator('input[type=text]').fill(PAYLOAD);
      await page.locator('[data-section="history"] input[type=text]').fill(PAYLOAD);
      await page.getByRole('button', {name: 'Išsaugoti dabartinį vertinimą'}).click();
      await page.locator('[data-section="history"] input[type=text]').fill(PAYLOAD);
      await page.getByRole('button', {name: 'Išsaugoti dabartinį vertinimą'}).click();
      await expectInert(page, 'after typing');

      await page.emulateMedia({media: 'print'});
      const report = (await page.locator('[data-report]').textContent()) ?? '';
      expect(report).toContain(PAYLOAD);
      await expectInert(page, 'report');
      await page.emulateMedia({media: 'screen'});

      await page.reload();
      await untilAllQuestions(page);
      await expect(page.locator('input[name="institution"]').inputValue()).resolves.toBe(PAYLOAD);
      await expect(item(page, itemA.id).locator('textarea').inputValue()).resolves.toBe(PAYLOAD);
      await expectInert(page, 'after a reload');

      await page.goto(site.origin + docPath('lt', EDITION, first.chapter));
      await untilChecklistReady(page, first.chapter);
      await expect(item(page, itemA.id).locator('input[type=text]').inputValue()).resolves.toBe(PAYLOAD);
      await item(page, itemB.id).locator('textarea').fill(`${PAYLOAD} (chapter)`);
      await expectInert(page, 'chapter checklist');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('imported files: hostile content and hostile file names stay text in previews, errors and comparisons', async () => {
    const {page, context} = await recordedPage(site, {acceptDownloads: true});
    try {
      await openAssessment(page, 'en');
      await page.locator('input[name="institution"]').fill(PAYLOAD);
      await item(page, itemA.id).locator('input[type=radio][value="partly"]').check();
      await item(page, itemA.id).locator('input[type=text]').fill(PAYLOAD);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'Export JSON'}).click(),
      ]);
      const exported = readFileSync((await download.path()) ?? '', 'utf8');
      const file = (name: string, text: string) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const hostileName = (n: number) => `${defined(PAYLOADS[n % 3], 'a payload')}.json`;

      const dataInput = page.locator('[data-section="data"] input[type=file]');
      await dataInput.setInputFiles(file(hostileName(0), exported));
      await page.waitForSelector('[data-import-preview]');
      await expectInert(page, 'import preview');
      // Keeping the current answers files them in the history under a label with the file's name.
      await page.getByRole('button', {name: /keep the current answers in the history/}).click();
      await expect(page.locator('[data-section="history"]').textContent()).resolves.toContain(hostileName(0));
      await expect(page.locator('input[name="institution"]').inputValue()).resolves.toBe(PAYLOAD);
      await expectInert(page, 'after the import');

      // A file whose values are hostile where the format wants something else: refused, shown as text.
      const bad = JSON.parse(exported);
      bad.record.current.answers[itemA.id].answer = PAYLOAD;
      bad.record.current.answers[PAYLOAD] = bad.record.current.answers[itemA.id];
      bad.edition = PAYLOAD;
      for (const [n, text] of [JSON.stringify(bad), '{', PAYLOAD].entries()) {
        await dataInput.setInputFiles(file(hostileName(n + 1), text));
        await page.waitForSelector('[data-import-error]');
        await expectInert(page, `refused import ${n}`);
      }

      await page.setInputFiles('[data-section="institutions"] input[type=file]', [
        file(hostileName(0), exported),
        file(
          hostileName(1),
          exported.replace(/"institution": "[^"]*"/, `"institution": ${JSON.stringify(PAYLOADS[2])}`),
        ),
        file(hostileName(2), '{'),
      ]);
      await page.waitForSelector('[data-comparison="institutions"] table tbody tr');
      await expect(page.locator('[data-comparison="institutions"]').textContent()).resolves.toContain(
        PAYLOAD,
      );
      await expectInert(page, 'institutions compared');
    } finally {
      await context.close();
    }
  }, 240_000);

  it("hostile data in the browser's storage is not run either", async () => {
    const {page, context} = await recordedPage(site);
    try {
      await page.goto(site.origin + '/');
      await page.evaluate(
        ({key, payload, id}) => {
          localStorage.setItem(`${key}.x`, payload);
          localStorage.setItem(
            key,
            JSON.stringify({
              edition: payload,
              current: {answers: {[id]: {answer: payload, evidence: payload}, [payload]: {answer: 'yes'}}},
              snapshots: [{label: payload}],
            }),
          );
        },
        {key: storageKey(EDITION), payload: PAYLOAD, id: itemA.id},
      );
      await openAssessment(page);
      await expectInert(page, 'stored data');
    } finally {
      await context.close();
    }
  });

  it.each(LOCALES)('URL parameters and fragments are not run (%s)', async (locale) => {
    const {page, context} = await recordedPage(site);
    try {
      const query = `?q=${encodeURIComponent(PAYLOAD)}&hl=${encodeURIComponent(PAYLOAD)}&edition=${encodeURIComponent(PAYLOAD)}`;
      const fragment = `#${encodeURIComponent(PAYLOAD)}`;
      for (const url of [
        `${assessmentUrl(locale)}${query}${fragment}`,
        `${site.origin}${docPath(locale, EDITION, first.chapter)}${query}${fragment}`,
        `${site.origin}${localePrefix(locale)}/${query}`,
      ]) {
        await page.goto(url, {waitUntil: 'networkidle'});
        await expectInert(page, url);
      }
    } finally {
      await context.close();
    }
  });
});

/**
 * The search box (navbar) and the results page (/search?q=…) come with the search interface. Until it
 * is merged these fail, saying so: they are not skipped.
 */
describe('hostile input in search', () => {
  const searchUrl = (locale: 'lt' | 'en', q: string) =>
    `${site.origin}${localePrefix(locale)}/search?q=${encodeURIComponent(q)}`;

  it.each(LOCALES)('the results page shows a hostile ?q= as text (%s)', async (locale) => {
    const {page, context, errors} = await recordedPage(site);
    try {
      const response = await page.goto(searchUrl(locale, PAYLOAD), {waitUntil: 'networkidle'});
      expect(response?.status(), 'the search page /search exists (merge the search interface)').toBe(200);
      // The page fills its box from ?q= once it has hydrated.
      await poll(() => page.locator('main input[type=search]').inputValue()).toBe(PAYLOAD);
      await expectInert(page, 'search page');
      for (const payload of PAYLOADS) {
        await page.goto(searchUrl(locale, payload), {waitUntil: 'networkidle'});
        await expectInert(page, `search page: ${payload}`);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(LOCALES)('the navbar search box keeps what is typed as text (%s)', async (locale) => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await page.goto(site.origin + docPath(locale, EDITION, 'about'), {waitUntil: 'networkidle'});
      const box = page.locator('[data-search-box="navbar"]');
      expect(await box.count(), 'the navbar has a search box (merge the search interface)').toBe(1);
      const toggle = box.locator('button[aria-expanded]');
      if (await toggle.isVisible()) {
        await toggle.click();
      }
      const input = box.locator('input[type=search]');
      for (const payload of [...PAYLOADS, PAYLOAD]) {
        await input.fill(payload);
        await page.waitForTimeout(400);
        await expectInert(page, `navbar search: ${payload}`);
      }
      await input.press('Enter');
      await page.waitForURL(/\/search\?/);
      await page.waitForLoadState('networkidle');
      await expectInert(page, 'results page after Enter');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
