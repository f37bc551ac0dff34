import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  assessmentPagePath,
  EDITION,
  item,
  openAssessment as openPage,
  radio,
  untilAllQuestions,
  untilUsable,
  untilChecklistReady,
} from '../support/assessment-page';
import {
  chooseLargeFile,
  openSite,
  reactOwns,
  recordedPage,
  type SiteUnderTest,
  poll,
  SLOW,
} from '../support/browser';
import {isScored} from '../../src/assessment/checklist';
import {CHAPTERS_SERVED, FILL_UNPROMPTED_AFTER_MS, QUESTIONS_PER_STEP} from '../../src/assessment/in-page';
import {editionChecklists} from '../support/checklist-data';
import {OFFICER, officerRecord, seedRecord} from '../support/officer-scenario';
import {docPath, EDITIONS} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`the browser tests need ${what}`);
  }
  return value;
}
const checklists = editionChecklists(EDITION);
const first = need(checklists[0], 'a first checklist chapter');
const second = need(checklists[1], 'a second checklist chapter');
const a1 = need(first.items[0], 'three items in the first chapter');
const a2 = need(first.items[1], 'three items in the first chapter');
const a3 = need(first.items[2], 'three items in the first chapter');
const b1 = need(second.items[0], 'an item in the second chapter');
const pagePath = assessmentPagePath;
const openAssessment = (page: Page, locale: 'lt' | 'en' = 'lt') => openPage(site.origin, page, locale);
const overall = (page: Page) => page.locator('[data-overall] [data-score]');

describe('self-assessment in the browser', () => {
  it('keeps the answer controls out of use until the page has read storage, then lets them be used', async () => {
    const context = await site.browser.newContext();
    try {
      const controls = (page: Page) =>
        item(page, a1.id).locator('input[type=radio], input[type=text], textarea');
      // Whether each control takes the focus (an inert one does not, nor does it take a click).
      const states = async (page: Page) =>
        Promise.all(
          (await controls(page).all()).map((control) =>
            control.evaluate((element: HTMLElement) => {
              element.focus();
              return document.activeElement !== element;
            }),
          ),
        );
      const withoutScript = await context.newPage();
      await withoutScript.route('**/assets/js/**', (route) => route.abort());
      for (const path of [docPath('lt', EDITION, first.chapter), pagePath('lt')]) {
        await withoutScript.goto(site.origin + path);
        // Four answers, the evidence and the note: none usable while nothing can keep what is typed.
        expect(await states(withoutScript)).toEqual([true, true, true, true, true, true]);
      }
      const page = await context.newPage();
      await page.goto(site.origin + docPath('lt', EDITION, first.chapter));
      await untilChecklistReady(page, first.chapter);
      expect(await states(page)).toEqual([false, false, false, false, false, false]);
      await openAssessment(page);
      expect(await states(page)).toEqual([false, false, false, false, false, false]);
    } finally {
      await context.close();
    }
  });

  it('becomes usable with one change for the profile and one per chapter served with questions', async () => {
    // Each attribute that makes controls usable is a change React makes in one commit, which cannot
    // be split; in Lighthouse's trace each cost 1–6 ms, and there had been one per chapter and one per
    // profile field.
    const {page, context, errors} = await recordedPage(site);
    try {
      await page.addInitScript(() => {
        const changes: string[] = [];
        (window as unknown as {__usable: string[]}).__usable = changes;
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target as Element;
            if (target.closest('main') !== null) {
              const section = target.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby');
              changes.push(`${section ?? '?'} ${target.localName}[${record.attributeName ?? ''}]`);
            }
          }
        }).observe(document, {subtree: true, attributes: true, attributeFilter: ['inert', 'disabled']});
      });
      for (const locale of ['lt', 'en'] as const) {
        await page.goto(site.origin + pagePath(locale));
        await untilUsable(page);
        const served = checklists
          .slice(0, CHAPTERS_SERVED)
          .map((chapter) => `chapter-${chapter.chapter} div[inert]`);
        await expect(
          page.evaluate(() => (window as unknown as {__usable: string[]}).__usable),
        ).resolves.toEqual(['profile div[inert]', ...served]);
        // Every control of the profile and of the served questions can now be used.
        const usable = '[aria-labelledby="profile"], [data-section="questions"]';
        await expect(
          page.locator(`:is(${usable}) :is([inert], input[disabled], textarea[disabled])`).count(),
        ).resolves.toBe(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers in a chapter, keeps them over a reload and shows them on the page and in English', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await page.goto(site.origin + docPath('lt', EDITION, first.chapter));
      await untilChecklistReady(page, first.chapter);
      await radio(page, a1.id, 'yes').check();
      await radio(page, a2.id, 'no').check();
      await item(page, a2.id).locator('input[type=text]').fill('Direktoriaus įsakymas Nr. V-15');
      await expect
        .poll(() =>
          page
            .locator(`section[data-chapter="${first.chapter}"] [data-score]`)
            .first()
            .getAttribute('data-answered'),
        )
        .toBe('2');

      await page.reload();
      await untilChecklistReady(page, first.chapter);
      await poll(() => radio(page, a1.id, 'yes').isChecked()).toBe(true);
      await expect
        .poll(() => item(page, a2.id).locator('input[type=text]').inputValue())
        .toBe('Direktoriaus įsakymas Nr. V-15');

      await openAssessment(page, 'en');
      await poll(() => radio(page, a2.id, 'no').isChecked()).toBe(true);
      const expected = Math.round(((a1.weight * 1) / (a1.weight + a2.weight)) * 100) / 100;
      await poll(() => overall(page).getAttribute('data-score')).toBe(String(expected));
      await poll(() => page.locator('[data-section="action-plan"] tbody tr').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['lt', 'en'] as const)(
    'leads from a question (%s) to the section that explains it, inside the app, and marks the chosen answer',
    async (locale) => {
      const {page, context, errors} = await recordedPage(site);
      try {
        await openAssessment(page, locale);
        await radio(page, a1.id, 'partly').check();
        const chosen = item(page, a1.id).locator('label', {has: page.locator('input:checked')});
        // The chosen answer is told apart by more than colour: its border and its weight change.
        await poll(() => chosen.evaluate((label) => getComputedStyle(label).fontWeight)).toBe('600');
        expect(
          await item(page, a1.id)
            .locator('label', {has: page.locator('input[value="no"]')})
            .evaluate((label) => getComputedStyle(label).fontWeight),
        ).not.toBe('600');
        const link = item(page, a1.id).locator('p a');
        const target = `${docPath(locale, EDITION, first.chapter)}#${a1.section}`;
        expect(await link.getAttribute('href')).toBe(target);
        // A plain click navigates inside the app: the page's own window object survives it.
        await page.evaluate(() => ((window as unknown as {sameDocument: boolean}).sameDocument = true));
        await link.click();
        await page.waitForURL((url) => url.pathname + url.hash === target);
        // Opened by the router, the page has no served checklist: its code is loaded at once.
        await page.waitForSelector(`section[data-chapter="${first.chapter}"][data-ready="true"]`);
        expect(await page.evaluate(() => (window as unknown as {sameDocument?: boolean}).sameDocument)).toBe(
          true,
        );
        await poll(() =>
          page.locator(`[id="${a1.section}"]`).evaluate((heading) => {
            const box = heading.getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
          }),
        ).toBe(true);
        // The answer given on the page is the one the chapter's checklist shows.
        await poll(() => radio(page, a1.id, 'partly').isChecked()).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('is usable with the keyboard alone', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await openAssessment(page);
      const yes = radio(page, b1.id, 'yes');
      await yes.focus();
      await page.keyboard.press('Space');
      await poll(() => yes.isChecked()).toBe(true);
      await page.keyboard.press('ArrowRight');
      await poll(() => radio(page, b1.id, 'partly').isChecked()).toBe(true);
      // Tab leaves the radio group for the button that clears the answer, the guidance, then the
      // evidence field.
      await page.keyboard.press('Tab');
      await poll(() =>
        page.evaluate(() => document.activeElement?.hasAttribute('data-clear-answer') ?? false),
      ).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await poll(() => item(page, b1.id).locator('details').getAttribute('open')).toBe('');
      await page.keyboard.press('Tab');
      await page.keyboard.type('https://savivaldybe.lt/skaidrumas');
      await expect
        .poll(() => item(page, b1.id).locator('input[type=text]').inputValue())
        .toBe('https://savivaldybe.lt/skaidrumas');
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).not.toBe('none');
    } finally {
      await context.close();
    }
  });

  it('exports JSON and CSV; deleting everything leaves nothing a person entered', async () => {
    const {page, context} = await recordedPage(site, {acceptDownloads: true});
    try {
      await openAssessment(page);
      await page.locator('input[name="institution"]').fill('Utenos socialinių paslaugų centras');
      await radio(page, a1.id, 'partly').check();
      await radio(page, a3.id, 'na').check();
      await radio(page, b1.id, 'no').check();

      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'Eksportuoti JSON'}).click(),
      ]);
      const exported = readFileSync((await json.path()) ?? '', 'utf8');
      expect(json.suggestedFilename()).toMatch(
        /^savivertinimas-utenos-socialinių-paslaugų-centras-.*\.json$/,
      );
      expect(JSON.parse(exported)).toMatchObject({
        format: 'skaidrumo-vadovas/self-assessment',
        formatVersion: 2,
        edition: EDITION,
      });

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: /Eksportuoti CSV/}).click(),
      ]);
      const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
      expect(csvText.startsWith('\uFEFFSkyrius;Klausimo ID;Klausimas;')).toBe(true);
      expect(csvText).toContain(`;${a1.id};`);
      expect(csvText).toContain(';Iš dalies;');

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', {name: 'Ištrinti visus duomenis'}).click();
      await poll(() => overall(page).getAttribute('data-answered')).toBe('0');
      // What stays in storage is the time of the deletion, so that no other tab brings anything back.
      const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
      expect(stored).not.toContain('Utenos');
      expect(stored).not.toContain(a1.id);
    } finally {
      await context.close();
    }
  });

  it("refuses a bad file with a clear message in the reader's language and keeps the answers", async () => {
    const {page, context} = await recordedPage(site);
    try {
      await openAssessment(page, 'en');
      await radio(page, a1.id, 'yes').check();
      const stored = await page.evaluate(() => JSON.stringify(localStorage));
      const input = page.locator('[data-section="data"] input[type=file]');
      const cases: [string, string, RegExp][] = [
        ['notes.txt', 'Taip; Ne', /This is not a JSON file/],
        ['package.json', '{"name": "x"}', /not a self-assessment exported from this guide/],
        [
          'future.json',
          '{"format": "skaidrumo-vadovas/self-assessment", "formatVersion": 9}',
          /newer or unknown format version \(9\)/,
        ],
      ];
      for (const [name, text, message] of cases) {
        await input.setInputFiles({name, mimeType: 'application/json', buffer: Buffer.from(text)});
        await page.waitForFunction(
          (m) => new RegExp(m).test(document.querySelector('[data-import-error]')?.textContent ?? ''),
          message.source,
        );
        await poll(() => page.locator('[data-import-error]').textContent()).toMatch(message);
        await poll(() => page.locator('[data-import-error]').textContent()).toContain(
          'Nothing has been changed.',
        );
      }
      await chooseLargeFile(page, '[data-section="data"] input[type=file]', 9 * 1024 * 1024);
      await page.waitForFunction(() =>
        /too large/.test(document.querySelector('[data-import-error]')?.textContent ?? ''),
      );
      await poll(() => page.locator('[data-import-error]').textContent()).toMatch(/too large/);
      await poll(() => radio(page, a1.id, 'yes').isChecked()).toBe(true);
      await poll(() => page.evaluate(() => JSON.stringify(localStorage))).toBe(stored);
    } finally {
      await context.close();
    }
  });

  it('keeps the current answers as a snapshot when an import replaces them, and compares two snapshots', async () => {
    const {page, context} = await recordedPage(site, {acceptDownloads: true});
    try {
      await openAssessment(page);
      await radio(page, a1.id, 'no').check();
      await radio(page, a2.id, 'no').check();
      await page.locator('[data-section="history"] input[type=text]').fill('2025 m.');
      await page.getByRole('button', {name: 'Išsaugoti dabartinį vertinimą'}).click();
      await radio(page, a1.id, 'yes').check();
      await page.getByRole('button', {name: 'Išsaugoti dabartinį vertinimą'}).click();
      await poll(() => page.locator('[data-section="history"] tr[data-snapshot]').count()).toBe(2);

      const selects = page.locator('[data-section="history"] select');
      const values = await selects
        .nth(0)
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      await selects.nth(0).selectOption(values[2] ?? '');
      await selects.nth(1).selectOption(values[3] ?? '');
      const comparison = page.locator('[data-comparison="snapshots"]');
      await expect
        .poll(() => comparison.locator(`li[data-item="${a1.id}"]`).textContent())
        .toMatch(/Ne → Taip$/);
      const change = Math.round((a1.weight / (a1.weight + a2.weight)) * 100) / 100;
      await expect
        .poll(() => comparison.locator('tbody tr').first().textContent())
        .toContain(`+${change.toFixed(2).replace('.', ',')}`);

      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', {name: 'Eksportuoti JSON'}).click(),
      ]);
      const file = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8'));
      file.record.current.answers = {};
      await page.setInputFiles('[data-section="data"] input[type=file]', {
        name: 'tuscias.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await poll(() => page.locator('[data-import-preview]').textContent()).toMatch(/liks neatsakyti/);
      await page
        .getByRole('button', {name: 'Importuoti ir išsaugoti dabartinius atsakymus istorijoje'})
        .click();
      await poll(() => radio(page, a1.id, 'yes').isChecked()).toBe(false);
      await poll(() => page.locator('[data-section="history"] tr[data-snapshot]').count()).toBe(3);
      await expect
        .poll(() => page.locator('[data-section="history"] tr[data-snapshot]').last().textContent())
        .toContain('Prieš importuojant tuscias.json');
    } finally {
      await context.close();
    }
  });

  it("compares two institutions' files side by side", async () => {
    const {page, context} = await recordedPage(site, {acceptDownloads: true});
    try {
      await openAssessment(page);
      const exportAs = async (name: string, answer: string) => {
        await page.locator('input[name="institution"]').fill(name);
        await radio(page, a1.id, answer).check();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', {name: 'Eksportuoti JSON'}).click(),
        ]);
        return readFileSync((await download.path()) ?? '', 'utf8');
      };
      const library = await exportAs('Biržų viešoji biblioteka', 'yes');
      const careHome = await exportAs('Prienų globos namai', 'no');
      await page.setInputFiles('[data-section="institutions"] input[type=file]', [
        {name: 'biblioteka.json', mimeType: 'application/json', buffer: Buffer.from(library)},
        {name: 'globos-namai.json', mimeType: 'application/json', buffer: Buffer.from(careHome)},
        {name: 'sugadintas.json', mimeType: 'application/json', buffer: Buffer.from('{')},
      ]);
      await page.waitForSelector('[data-comparison="institutions"] table tbody tr');
      const table = page.locator('[data-comparison="institutions"] table').first();
      await poll(() => table.locator('tbody tr').count()).toBe(2);
      await expect
        .poll(() => table.locator('tbody tr').nth(0).textContent())
        .toContain('Biržų viešoji biblioteka');
      await expect
        .poll(() => table.locator('tbody tr').nth(0).locator('td').first().textContent())
        .toBe('1,00');
      await expect
        .poll(() => table.locator('tbody tr').nth(1).locator('td').first().textContent())
        .toBe('0,00');
      await expect
        .poll(() => page.locator('[data-comparison="institutions"] svg[role="img"]').count())
        .toBe(1);
      await expect
        .poll(() => page.locator('[data-section="institutions"] [role="alert"]').textContent())
        .toContain('sugadintas.json');
    } finally {
      await context.close();
    }
  });

  it('prints a report with the profile, scores, chart, answers and action plan and no site chrome', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await openAssessment(page);
      await page.locator('input[name="institution"]').fill('Druskininkų švietimo centras');
      await radio(page, a1.id, 'partly').check();
      await item(page, a1.id).locator('input[type=text]').fill('Protokolas Nr. 3');
      await page.emulateMedia({media: 'print'});
      const report = page.locator('[data-report]');
      await poll(() => report.isVisible()).toBe(true);
      await poll(() => page.locator('.navbar').isVisible()).toBe(false);
      await poll(() => page.locator('footer').isVisible()).toBe(false);
      await expect
        .poll(() => page.locator('[data-section="questions"], [data-section="data"]').first().isVisible())
        .toBe(false);
      const text = (await report.textContent()) ?? '';
      expect(text).toContain('Druskininkų švietimo centras');
      expect(text).toContain('Protokolas Nr. 3');
      expect(text).toContain('Veiksmų planas');
      await poll(() => report.locator('svg[role="img"]').count()).toBe(1);
      const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true});
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await context.close();
    }
  });

  it(
    "two tabs do not overwrite each other's answers",
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        await openAssessment(page);
        const other = await context.newPage();
        await other.goto(site.origin + pagePath('lt'));
        await untilAllQuestions(other);
        await radio(page, a1.id, 'yes').check();
        await radio(other, b1.id, 'no').check();
        await poll(() => radio(other, a1.id, 'yes').isChecked()).toBe(true);
        await page.reload();
        await untilAllQuestions(page);
        await poll(() => radio(page, a1.id, 'yes').isChecked()).toBe(true);
        await poll(() => radio(page, b1.id, 'no').isChecked()).toBe(true);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it('says plainly when the browser blocks storage, and goes on in memory', async () => {
    const {page, context} = await recordedPage(site);
    try {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await openAssessment(page);
      await expect
        .poll(() => page.locator('[data-persistence="unavailable"]').textContent())
        .toMatch(/neleidžia svetainei išsaugoti/);
      await radio(page, a1.id, 'yes').check();
      await poll(() => overall(page).getAttribute('data-answered')).toBe('1');
    } finally {
      await context.close();
    }
  });
});

describe('the self-assessment on a phone screen', () => {
  it.each(['lt', 'en'] as const)(
    'lays out the sections far down only near the screen; links reach them, print has all (%s)',
    async (locale) => {
      const {page, context, errors} = await recordedPage(site, {viewport: {width: 390, height: 844}});
      try {
        const visibility = (selector: string) =>
          page.locator(selector).evaluate((element) => getComputedStyle(element).contentVisibility);
        await page.goto(site.origin + pagePath(locale));
        await untilAllQuestions(page);
        // The chapters' questions are laid out as they are added, a few at a time (see useQuestionsInPage).
        expect(await visibility(`#chapter-body-${first.chapter}`)).toBe('visible');
        expect(await visibility(`#chapter-body-${second.chapter}`)).toBe('visible');
        expect(await visibility('[data-section="results"]')).toBe('visible');
        for (const section of ['action-plan', 'history', 'data', 'institutions']) {
          expect(await visibility(`[data-section="${section}"]`), section).toBe('auto');
        }
        // A link to a section many screens down lands on it, although nothing above it was laid out.
        await page.goto(site.origin + pagePath(locale) + '#institutions');
        await untilAllQuestions(page);
        const top = () =>
          page.locator('#institutions').evaluate((h) => Math.round(h.getBoundingClientRect().top));
        await poll(async () => {
          const at = await top();
          return at >= 0 && at < 844 / 2;
        }).toBe(true);
        await page.emulateMedia({media: 'print'});
        expect(await visibility(`#chapter-body-${second.chapter}`)).toBe('visible');
        expect(await visibility('[data-section="institutions"]')).toBe('visible');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe.each(EDITIONS)('the self-assessment page of edition %s', (edition) => {
  const chapters = editionChecklists(edition);
  const total = chapters.reduce((n, c) => n + c.items.length, 0);
  // A chapter lists the scored questions, then the process items after them.
  const inOrder = (chapter: (typeof chapters)[number] | undefined) =>
    chapter
      ? [...chapter.items.filter(isScored), ...chapter.items.filter((i) => !isScored(i))].map((i) => i.id)
      : [];
  const questionsInPage = (page: Page) =>
    page
      .locator('fieldset[data-item]')
      .evaluateAll((fieldsets) => fieldsets.map((f) => f.getAttribute('data-item')));

  /**
   * Opens the page, recording in it when each question is added and the most one change adds, and
   * waits until the stored answers are read (the served questions are usable).
   */
  async function openRecorded(page: Page, locale: 'lt' | 'en') {
    await page.addInitScript(() => {
      const record = window as unknown as {mostAdded: number; addedAt: number[]};
      record.mostAdded = 0;
      record.addedAt = [];
      const observer = new MutationObserver((mutations) => {
        let added = 0;
        for (const mutation of mutations) {
          mutation.addedNodes.forEach((node) => {
            if (node instanceof Element) {
              added +=
                (node.matches('fieldset[data-item]') ? 1 : 0) +
                node.querySelectorAll('fieldset[data-item]').length;
            }
          });
        }
        if (added > 0) {
          record.addedAt.push(performance.now());
        }
        record.mostAdded = Math.max(record.mostAdded, added);
      });
      // From the end of parsing: the served chapter is parsed, not added.
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document.body, {childList: true, subtree: true}),
      );
    });
    await page.goto(site.origin + pagePath(locale, edition));
    await untilUsable(page);
  }
  const recorded = (page: Page) =>
    page.evaluate(() => {
      const {mostAdded, addedAt} = window as unknown as {mostAdded: number; addedAt: number[]};
      return {mostAdded, addedAt};
    });

  it.each(['lt', 'en'] as const)(
    'is served with the first chapter’s questions; left alone, it adds the others a few at a time after a pause (%s)',
    async (locale) => {
      const served = await (await fetch(site.origin + pagePath(locale, edition))).text();
      const servedItems = [...served.matchAll(/<fieldset[^>]*\sdata-item="([^"]+)"/g)].map((m) => m[1]);
      expect(servedItems).toEqual(inOrder(chapters[0]));
      // Every chapter's heading is served, so the page's outline and links to chapters are there at once.
      for (const chapter of chapters) {
        expect(served).toContain(`id="chapter-${chapter.chapter}"`);
      }
      const {page, context, errors} = await recordedPage(site);
      try {
        await openRecorded(page, locale);
        // Usable, and nothing added while the page loads and the reader looks at its first screen.
        await page.waitForTimeout(1000);
        expect(await recorded(page)).toEqual({mostAdded: 0, addedAt: []});
        expect(await questionsInPage(page)).toEqual(inOrder(chapters[0]));
        // Nobody touches the page: the rest still come, for find-in-page and assistive technology.
        await page.waitForSelector('main[data-ready="true"]', {state: 'attached'});
        const {mostAdded} = await recorded(page);
        // No more than a few per change, so that no task of the browser's is long (one chapter at once was).
        expect(mostAdded).toBeGreaterThan(0);
        expect(mostAdded).toBeLessThanOrEqual(QUESTIONS_PER_STEP);
        expect(await questionsInPage(page)).toEqual(chapters.flatMap(inOrder));
        await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['lt', 'en'] as const)(
    'adds the other questions as soon as the reader scrolls (%s)',
    async (locale) => {
      const {page, context, errors} = await recordedPage(site);
      try {
        await openRecorded(page, locale);
        const wheelAt = await page.evaluate(() => performance.now());
        await page.mouse.wheel(0, 400);
        await page.waitForSelector('main[data-ready="true"]', {state: 'attached'});
        const {addedAt} = await recorded(page);
        // Left alone, the page waits FILL_UNPROMPTED_AFTER_MS from hydration (before the answers
        // were read): the first question added well before that came from the scroll.
        expect(addedAt[0]).toBeGreaterThan(wheelAt);
        expect((addedAt[0] ?? Infinity) - wheelAt).toBeLessThan(FILL_UNPROMPTED_AFTER_MS / 2);
        expect(await questionsInPage(page)).toEqual(chapters.flatMap(inOrder));
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('adds every question at once when printing starts, before the printed page is laid out', async () => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await openRecorded(page, 'lt');
      const counts = await page.evaluate(() => {
        const count = () => document.querySelectorAll('fieldset[data-item]').length;
        const before = count();
        window.dispatchEvent(new Event('beforeprint'));
        return {before, after: count()};
      });
      expect(counts).toEqual({before: inOrder(chapters[0]).length, after: total});
      expect(await questionsInPage(page)).toEqual(chapters.flatMap(inOrder));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['lt', 'en'] as const)(
    'serves the sections after the questions, makes them live once the reader starts using the page, and prints the stored answers at once (%s)',
    async (locale) => {
      const {page, context, errors} = await recordedPage(site);
      try {
        await page.goto(site.origin + pagePath(locale, edition));
        await seedRecord(page, officerRecord(edition, chapters));
        await page.reload();
        await untilUsable(page);
        // Left as served while the page loads: the store is read and the questions are usable, but
        // the results, action plan, history, data and report are the served HTML, without the answers.
        for (const section of ['results', 'action-plan', 'history', 'data', 'institutions']) {
          expect(await reactOwns(page, `[data-section="${section}"]`), section).toBe(false);
        }
        expect(await page.locator('[data-report]').textContent()).not.toContain(OFFICER.institution);
        // Printing at once (before the reader has touched the page) lays out the report with the
        // stored answers: the sections' code, fetched when the browser was first idle after
        // hydration, renders them before the browser lays out the printed page.
        await page.waitForSelector('[data-island="assessment-sections"][data-island-code="loaded"]', {
          state: 'attached',
        });
        expect(await reactOwns(page, '[data-section="history"]')).toBe(false);
        const printed = await page.evaluate(() => {
          window.dispatchEvent(new Event('beforeprint'));
          return document.querySelector('[data-report]')?.textContent ?? '';
        });
        expect(printed).toContain(OFFICER.institution);
        expect(await reactOwns(page, '[data-section="history"]')).toBe(true);
        expect(errors).toEqual([]);

        // A reader who starts using the page gets them live without printing.
        await page.reload();
        await untilUsable(page);
        expect(await reactOwns(page, '[data-section="data"]')).toBe(false);
        const servedScore = await page.locator('[data-overall]').textContent();
        await page.mouse.wheel(0, 0);
        await page.waitForSelector('main[data-ready="true"]', {state: 'attached'});
        expect(await reactOwns(page, '[data-section="data"]')).toBe(true);
        expect(await page.locator('[data-overall]').textContent()).not.toBe(servedScore);
        expect(await page.locator('[data-report]').textContent()).toContain(OFFICER.institution);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['lt', 'en'] as const)('lists every item of the edition in %s', async (locale) => {
    const {page, context, errors} = await recordedPage(site);
    try {
      await page.goto(site.origin + pagePath(locale, edition));
      await untilAllQuestions(page);
      await expect
        .poll(() =>
          page
            .locator(
              '[data-section="questions"] fieldset[data-item], section[aria-labelledby="questions"] fieldset[data-item]',
            )
            .count(),
        )
        .toBe(total);
      // The overall line counts the questions the score rests on: process items are not scored.
      const scored = editionChecklists(edition).reduce((n, c) => n + c.items.filter(isScored).length, 0);
      await poll(() => overall(page).textContent()).toContain(
        `0 ${locale === 'lt' ? 'iš' : 'of'} ${scored} `,
      );
      await poll(() => page.getAttribute('html', 'lang')).toBe(locale);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
