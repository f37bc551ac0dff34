/**
 * The self-assessment as a working group's tool (issue 13): the action plan's measure and result
 * indicator through export, import and print; the task list; the evidence reminder; clearing an
 * answer; phones (no sideways scrolling, readable chart, the question inside its card); and the
 * printed report read back from a PDF.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {isScored} from '../../src/assessment/checklist';
import {
  EDITION,
  item,
  openAssessment as openPage,
  radio,
  untilAllQuestions,
  untilChecklistReady,
} from '../support/assessment-page';
import {openSite, poll, recordedPage, SLOW, type SiteUnderTest} from '../support/browser';
import {editionChecklists} from '../support/checklist-data';
import {OFFICER, officerRecord, seedRecord} from '../support/officer-scenario';
import {docPath} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const checklists = editionChecklists(EDITION);
const [first, second] = checklists;
if (!first || !second || first.items.length < 3) {
  throw new Error('the browser tests need two checklist chapters');
}
const [a1, a2, a3] = first.items.filter(isScored) as [
  (typeof first.items)[0],
  (typeof first.items)[0],
  (typeof first.items)[0],
];
const PHONE = {width: 390, height: 844};
const DESKTOP = {width: 1280, height: 900};
const openAssessment = (page: Page, locale: 'lt' | 'en' = 'lt') => openPage(site.origin, page, locale);
const planRow = (page: Page, id: string) =>
  page.locator(`[data-section="action-plan"] tr[data-item="${id}"]`);

/** How far the page scrolls sideways (0: not at all). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openChapter(page: Page, chapter: string): Promise<void> {
  await page.goto(site.origin + docPath('lt', EDITION, chapter));
  await untilChecklistReady(page, chapter);
}

describe.each([
  ['a phone (390 px)', PHONE],
  ['a desktop', DESKTOP],
])('the self-assessment on %s', (_, viewport) => {
  it(
    "carries the plan's measure and result indicator through JSON and CSV export, import and print",
    async () => {
      const {page, context, errors} = await recordedPage(site, {viewport, acceptDownloads: true});
      try {
        await openAssessment(page);
        await radio(page, a1.id, 'no').check();
        const measure = planRow(page, a1.id).locator('textarea[data-measure]');
        // Suggested from the item's guidance, editable.
        await poll(() => measure.inputValue()).not.toBe('');
        await measure.fill('Parengti ir patvirtinti dovanų registravimo tvarką');
        await planRow(page, a1.id).locator('textarea[data-indicator]').fill('Tvarka paskelbta svetainėje');
        await planRow(page, a1.id).locator('input[type=date]').fill('2026-03-30');
        if (viewport === PHONE) {
          // One card per row: the question and its owner field one above the other, in the page.
          const question = await planRow(page, a1.id).locator('td').first().boundingBox();
          const owner = await planRow(page, a1.id).locator('input[type=text]').last().boundingBox();
          expect(question && owner && owner.y > question.y && owner.x + owner.width <= PHONE.width).toBe(
            true,
          );
          expect(await sideways(page)).toBe(0);
        }

        const [json] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', {name: 'Eksportuoti JSON'}).click(),
        ]);
        expect(json.suggestedFilename()).not.toMatch(/(\d{4})-\1-/);
        const exported = readFileSync((await json.path()) ?? '', 'utf8');
        expect(JSON.parse(exported).record.current.actions[a1.id]).toMatchObject({
          measure: 'Parengti ir patvirtinti dovanų registravimo tvarką',
          indicator: 'Tvarka paskelbta svetainėje',
        });
        const [csv] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', {name: /Eksportuoti CSV/}).click(),
        ]);
        const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
        expect(csvText).toContain(';Pastaba;Priemonė;Rezultato rodiklis;Atsakingas asmuo;');
        expect(csvText).toContain(
          ';Parengti ir patvirtinti dovanų registravimo tvarką;Tvarka paskelbta svetainėje;',
        );

        page.once('dialog', (dialog) => void dialog.accept());
        await page.getByRole('button', {name: 'Ištrinti visus duomenis'}).click();
        await poll(() => planRow(page, a1.id).count()).toBe(0);
        await page.setInputFiles('[data-section="data"] input[type=file]', {
          name: 'planas.json',
          mimeType: 'application/json',
          buffer: Buffer.from(exported),
        });
        await page.getByRole('button', {name: 'Importuoti be išsaugojimo'}).click();
        await poll(() => planRow(page, a1.id).locator('textarea[data-indicator]').inputValue()).toBe(
          'Tvarka paskelbta svetainėje',
        );

        await page.emulateMedia({media: 'print'});
        const report = page.locator('[data-report]');
        await poll(() => report.isVisible()).toBe(true);
        const text = (await report.textContent()) ?? '';
        expect(text).toContain('Parengti ir patvirtinti dovanų registravimo tvarką');
        expect(text).toContain('Tvarka paskelbta svetainėje');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it('counts answers per chapter in the task list and filters the questions', async () => {
    const {page, context} = await recordedPage(site, {viewport});
    try {
      await openAssessment(page);
      const task = page.locator(`[data-task-list] [data-task="${first.chapter}"]`);
      await poll(() => task.locator('[data-task-count]').getAttribute('data-task-count')).toBe(
        `0/${first.items.length}`,
      );
      await radio(page, a1.id, 'yes').check();
      await radio(page, a2.id, 'partly').check();
      await poll(() => task.locator('[data-task-count]').getAttribute('data-task-count')).toBe(
        `2/${first.items.length}`,
      );
      await poll(() => task.locator('[data-task-score]').count()).toBe(1);
      const all = await page.locator('[data-section="questions"] fieldset[data-item]').count();
      await page.getByLabel('tik neatsakytus').check();
      await poll(() => page.locator('[data-section="questions"] fieldset[data-item]').count()).toBe(all - 2);
      await page.getByLabel('tik įtrauktus į veiksmų planą').check();
      await poll(() => page.locator('[data-section="questions"] fieldset[data-item]').count()).toBe(1);
      await poll(() => item(page, a2.id).count()).toBe(1);
      await page.getByLabel('visus klausimus').check();
      await poll(() => page.locator('[data-section="questions"] fieldset[data-item]').count()).toBe(all);
      // A chapter folds away and comes back from the task list.
      await page
        .locator(`section[data-chapter="${first.chapter}"]`)
        .getByRole('button', {name: 'Suskleisti'})
        .click();
      await poll(() => item(page, a1.id).count()).toBe(0);
      await task.getByRole('link').click();
      await poll(() => item(page, a1.id).isVisible()).toBe(true);
      // The progress stays in view while answering further down.
      await item(page, a3.id).scrollIntoViewIfNeeded();
      await poll(() => page.locator('[data-sticky-progress]').isVisible()).toBe(true);
      const bar = await page.locator('[data-sticky-progress]').boundingBox();
      expect(bar && bar.y >= 0 && bar.y < viewport.height).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('reminds gently of the evidence for "Taip", counts such answers, and offers the next chapter', async () => {
    const {page, context} = await recordedPage(site, {viewport});
    try {
      await openAssessment(page);
      await radio(page, a1.id, 'yes').check();
      await poll(() => item(page, a1.id).locator('[data-evidence-reminder]').isVisible()).toBe(true);
      await poll(() =>
        page.locator('[data-overall] [data-without-evidence]').getAttribute('data-without-evidence'),
      ).toBe('1');
      await item(page, a1.id).locator('input[type=text]').fill('Įsakymas Nr. V-1');
      await poll(() => item(page, a1.id).locator('[data-evidence-reminder]').count()).toBe(0);
      await poll(() => page.locator('[data-overall] [data-without-evidence]').count()).toBe(0);
      const chapter = page.locator(`section[data-chapter="${first.chapter}"]`);
      await poll(() => chapter.locator('[data-chapter-done]').count()).toBe(0);
      for (const entry of first.items) {
        await radio(page, entry.id, 'na').check();
      }
      await poll(() => chapter.locator('[data-chapter-done]').isVisible()).toBe(true);
      await chapter.locator('[data-chapter-done] a').click();
      await poll(() => page.evaluate(() => location.hash)).toBe(`#chapter-${second.chapter}`);
    } finally {
      await context.close();
    }
  });

  it('clears an answer back to unanswered in a chapter checklist', async () => {
    const {page, context} = await recordedPage(site, {viewport});
    try {
      await openChapter(page, first.chapter);
      const summary = page.locator(`section[data-chapter="${first.chapter}"] [data-score]`).first();
      await radio(page, a1.id, 'partly').check();
      await poll(() => summary.getAttribute('data-answered')).toBe('1');
      await item(page, a1.id).locator('[data-clear-answer]').click();
      await poll(() => summary.getAttribute('data-answered')).toBe('0');
      await poll(() => radio(page, a1.id, 'partly').isChecked()).toBe(false);
      await poll(() => item(page, a1.id).locator('[data-clear-answer]').count()).toBe(0);
      await poll(() => summary.textContent()).toMatch(/0 iš \d+ klausim/);
    } finally {
      await context.close();
    }
  });

  it('keeps a question of several lines inside its card', async () => {
    const {page, context} = await recordedPage(site, {viewport});
    try {
      await openChapter(page, first.chapter);
      const boxes = await page.locator('fieldset[data-item]').evaluateAll((sets) =>
        sets.map((set) => {
          const legend = set.querySelector('legend')?.getBoundingClientRect();
          const card = set.getBoundingClientRect();
          return {legendTop: legend?.top ?? 0, legendHeight: legend?.height ?? 0, cardTop: card.top};
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        // The border (1 px) is above the question, not through it.
        expect(box.legendTop).toBeGreaterThan(box.cardTop + 1);
      }
      expect(boxes.some((box) => box.legendHeight > 30)).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the self-assessment on a 360 px phone', () => {
  it(
    'scrolls sideways nowhere: the assessment page with a comparison, and a chapter',
    async () => {
      const {page, context} = await recordedPage(site, {viewport: {width: 360, height: 740}});
      try {
        await openAssessment(page);
        await seedRecord(page, officerRecord(EDITION, checklists));
        await page.reload();
        await untilAllQuestions(page);
        await page
          .locator('[data-section="history"] input[type=text]')
          .fill('2026 m. metinis vertinimas po posėdžio');
        await page.getByRole('button', {name: 'Išsaugoti dabartinį vertinimą'}).click();
        await poll(() => page.locator('[data-section="history"] tr[data-snapshot]').count()).toBe(1);
        await poll(() => page.locator('[data-section="history"] [data-assessed]').textContent()).toBe(
          OFFICER.date,
        );
        const selects = page.locator('[data-section="history"] select');
        const values = await selects
          .nth(0)
          .locator('option')
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        await selects.nth(0).selectOption(values[2] ?? '');
        await poll(() => page.locator('[data-comparison="snapshots"]').count()).toBe(1);
        expect(await sideways(page)).toBe(0);
        await openChapter(page, first.chapter);
        expect(await sideways(page)).toBe(0);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it('draws the results chart with labels of at least 12 px at 390 px', async () => {
    const {page, context} = await recordedPage(site, {viewport: PHONE});
    try {
      await openAssessment(page);
      const chart = page.locator('[data-section="results"] svg[role="img"]');
      await poll(() => chart.getAttribute('viewBox')).not.toMatch(/^0 0 720 /);
      const sizes = await chart.locator('text').evaluateAll((texts) =>
        texts.map((text) => {
          const svg = text.closest('svg') as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return parseFloat(getComputedStyle(text).fontSize) * scale;
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    } finally {
      await context.close();
    }
  });
});

describe('the printed report of the officer scenario', () => {
  it(
    'puts the summary with the completeness line on page 1, and the plan before the answers',
    async () => {
      const {page, context} = await recordedPage(site, {viewport: DESKTOP});
      try {
        await openAssessment(page);
        const record = officerRecord(EDITION, checklists);
        await seedRecord(page, record);
        await page.reload();
        await untilAllQuestions(page);
        await page.emulateMedia({media: 'print'});
        await poll(() => page.locator('[data-report]').isVisible()).toBe(true);
        const total = checklists.flatMap((c) => c.items.filter(isScored)).length;
        const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true});
        const pages = pdfPages(pdf);
        console.log(`officer scenario report: ${pages.length} pages`);
        expect(pages.length).toBeLessThanOrEqual(8);
        const one = pages[0]?.replace(/\s+/g, ' ') ?? '';
        expect(one).toContain(OFFICER.institution);
        expect(one).toContain(OFFICER.date);
        expect(one).toContain(`25 iš ${total} klausimų atsakyta`);
        const all = pages.join('\n').replace(/\s+/g, ' ');
        const plan = all.indexOf('Veiksmų planas');
        const answers = all.indexOf('Atsakymai ir įrodymai');
        expect(plan).toBeGreaterThan(0);
        expect(answers).toBeGreaterThan(plan);
        // The plan's rows (owner, measure) are in the plan, before the answers.
        expect(all.slice(plan, answers)).toContain('Skyriaus');
        expect(all.slice(plan, answers)).toContain('Rodiklis:');
        // Every plan row's due date is whole on one line.
        const raw = pages.join('\n');
        for (const action of Object.values(record.current.actions)) {
          expect(raw).toContain(action.due);
        }
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});

/** The text of each page of a PDF, read with poppler's pdftotext. */
function pdfPages(pdf: Buffer): string[] {
  if (!existsSync('/usr/bin/pdftotext')) {
    throw new Error('reading the printed report needs poppler-utils (/usr/bin/pdftotext)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], {encoding: 'utf8'});
  return text.split('\f').filter((page) => page.trim() !== '');
}
