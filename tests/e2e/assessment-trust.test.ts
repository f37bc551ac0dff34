/**
 * The self-assessment's promises checked in Chromium: the whole record survives export, deleting
 * everything and import; deleting is final in a tab that missed it; chapter pages say when storage
 * is blocked; messages are in the reader's language.
 */
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  assessmentPagePath,
  EDITION,
  openAssessment as openPage,
  radio,
  untilAllQuestions,
  untilChecklistReady,
} from '../support/assessment-page';
import {chooseLargeFile, openSite, recordedPage, type SiteUnderTest, poll, SLOW} from '../support/browser';
import {editionChecklists} from '../support/checklist-data';
import {docPath} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const [first, second] = editionChecklists(EDITION);
const ids = [first?.items[0]?.id, first?.items[1]?.id, second?.items[0]?.id].filter(
  (id): id is string => id !== undefined,
);
const [a1 = '', a2 = '', b1 = ''] = ids;
const chapter = first?.chapter ?? '';
const pagePath = (locale: 'lt' | 'en') => assessmentPagePath(locale);
const openAssessment = (page: Page, locale: 'lt' | 'en' = 'lt') => openPage(site.origin, page, locale);

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', {name: button}).click(),
  ]);
  return readFileSync((await file.path()) ?? '', 'utf8');
}

/** The record of an export without its timestamps: what a person sees, compared whole. */
function content(json: string): unknown {
  const file = JSON.parse(json) as {record: unknown};
  return JSON.parse(
    JSON.stringify(file.record, (key, value: unknown) =>
      key === 'updatedAt' || key === 'clearedAt' || key === 'importedAt' ? undefined : value,
    ),
  );
}

describe('the self-assessment keeps its promises', () => {
  it(
    'export, delete everything and import give back the whole record, history included',
    async () => {
      expect(ids).toHaveLength(3);
      const {page, context, errors} = await recordedPage(site, {acceptDownloads: true});
      try {
        await openAssessment(page);
        await page.locator('input[name="institution"]').fill('Utenos socialinių paslaugų centras');
        await page.locator('input[name="assessors"]').fill('Jonas Jonaitis');
        await radio(page, a1, 'no').check();
        await page.locator('[data-section="history"] input[type=text]').fill('2025 m.');
        await page.getByRole('button', {name: 'Išsaugoti dabartinį vertinimą'}).click();
        await radio(page, a1, 'yes').check();
        await radio(page, b1, 'partly').check();
        await poll(() => page.locator('[data-section="history"] tr[data-snapshot]').count()).toBe(1);
        const exported = await download(page, 'Eksportuoti JSON');

        page.once('dialog', (dialog) => void dialog.accept());
        await page.getByRole('button', {name: 'Ištrinti visus duomenis'}).click();
        await poll(() => page.locator('[data-section="history"] tr[data-snapshot]').count()).toBe(0);
        await poll(() => radio(page, a1, 'yes').isChecked()).toBe(false);

        await page.setInputFiles('[data-section="data"] input[type=file]', {
          name: 'eksportas.json',
          mimeType: 'application/json',
          buffer: Buffer.from(exported),
        });
        const preview = page.locator('[data-import-preview]');
        await poll(() => preview.textContent()).toMatch(/Istorijoje atsiras išsaugotų vertinimų: 1/);
        await page.getByRole('button', {name: 'Importuoti be išsaugojimo'}).click();
        await poll(() => page.locator('[data-section="history"] tr[data-snapshot]').count()).toBe(1);
        await poll(() => radio(page, a1, 'yes').isChecked()).toBe(true);
        const again = await download(page, 'Eksportuoti JSON');
        expect(content(again)).toEqual(content(exported));
        await page.reload();
        await untilAllQuestions(page);
        expect(content(await download(page, 'Eksportuoti JSON'))).toEqual(content(exported));
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'deleting everything is final even in a tab that missed the storage event',
    async () => {
      const {page, context} = await recordedPage(site);
      try {
        await openAssessment(page);
        await page.locator('input[name="assessors"]').fill('Jonas Jonaitis');
        await radio(page, a1, 'yes').check();
        const frozen = await context.newPage();
        // This tab hears nothing from the others, like a tab in the back/forward cache or frozen.
        await frozen.addInitScript(() =>
          window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true),
        );
        await frozen.goto(site.origin + pagePath('lt'));
        await untilAllQuestions(frozen);
        await poll(() => radio(frozen, a1, 'yes').isChecked()).toBe(true);

        page.once('dialog', (dialog) => void dialog.accept());
        await page.getByRole('button', {name: 'Ištrinti visus duomenis'}).click();
        await poll(() => radio(page, a1, 'yes').isChecked()).toBe(false);

        await radio(frozen, a2, 'no').check();
        await frozen.close({runBeforeUnload: true});
        await page.reload();
        await untilAllQuestions(page);
        await poll(() => radio(page, a2, 'no').isChecked()).toBe(true);
        await poll(() => radio(page, a1, 'yes').isChecked()).toBe(false);
        await poll(() => page.locator('input[name="assessors"]').inputValue()).toBe('');
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'a working group’s coordinator merges three members’ files, choosing where they differ',
    async () => {
      const {page, context, errors} = await recordedPage(site);
      try {
        await openAssessment(page);
        const member = (answers: Record<string, [string, number]>) =>
          JSON.stringify({
            format: 'skaidrumo-vadovas/self-assessment',
            formatVersion: 1,
            edition: EDITION,
            exportedAt: '2026-11-23T10:00:00.000Z',
            items: editionChecklists(EDITION).flatMap((c) =>
              c.items.map((i) => ({id: i.id, chapter: c.chapter, weight: i.weight})),
            ),
            record: {
              edition: EDITION,
              current: {
                profile: {institution: '', municipality: '', assessors: '', date: '', updatedAt: 0},
                answers: Object.fromEntries(
                  Object.entries(answers).map(([id, [answer, updatedAt]]) => [
                    id,
                    {answer, evidence: '', note: '', updatedAt},
                  ]),
                ),
                actions: {},
              },
              snapshots: [],
              deletedSnapshots: [],
            },
          });
        const files = [
          ['ona.json', member({[a1]: ['yes', 1_000], [a2]: ['partly', 1_000]})],
          ['jonas.json', member({[b1]: ['no', 2_000]})],
          ['ruta.json', member({[a1]: ['yes', 3_000], [a2]: ['no', 3_000]})],
        ] as const;
        for (const [name, text] of files) {
          await page.setInputFiles('[data-section="data"] input[type=file]', {
            name,
            mimeType: 'application/json',
            buffer: Buffer.from(text),
          });
          await page.locator('[data-import-preview] input[name="import-mode"][value="merge"]').check();
          if (name === 'ruta.json') {
            // Only the item answered differently is listed, the newer answer chosen in advance.
            const conflicts = page.locator('[data-conflict]');
            await poll(() => conflicts.count()).toBe(1);
            await poll(() => conflicts.first().getAttribute('data-conflict')).toBe(a2);
            await poll(() => conflicts.locator('input[value="theirs"]').isChecked()).toBe(true);
            await conflicts.locator('input[value="mine"]').check();
            await poll(() => page.locator('[data-preview="answers"]').textContent()).toMatch(/: 0/);
          }
          await page.getByRole('button', {name: 'Importuoti be išsaugojimo'}).click();
          await poll(() => page.locator('[data-import-preview]').count()).toBe(0);
        }
        await poll(() => radio(page, a1, 'yes').isChecked()).toBe(true);
        await poll(() => radio(page, a2, 'partly').isChecked()).toBe(true);
        await poll(() => radio(page, b1, 'no').isChecked()).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it.each(['lt', 'en'] as const)(
    'a chapter page says so when the browser blocks storage (%s)',
    async (locale) => {
      const {page, context} = await recordedPage(site);
      try {
        await context.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        });
        await page.goto(site.origin + docPath(locale, EDITION, chapter));
        await untilChecklistReady(page, chapter);
        const notice = page.locator(`section[data-chapter="${chapter}"] [data-persistence="unavailable"]`);
        await poll(() => notice.textContent()).toMatch(
          locale === 'lt' ? /neleidžia svetainei išsaugoti/ : /does not let the site keep/,
        );
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    ['lt', /Failas sugadintas arba pakeistas/, /9,0 MB/, /turi būti/],
    ['en', /The file is damaged or has been edited/, /9\.0 MB/, /must be/],
  ] as const)('import messages are in the reader’s language (%s)', async (locale, invalid, size, words) => {
    const {page, context} = await recordedPage(site);
    try {
      await openAssessment(page, locale);
      const input = page.locator('[data-section="data"] input[type=file]');
      const error = page.locator('[data-import-error]');
      const file = {
        format: 'skaidrumo-vadovas/self-assessment',
        formatVersion: 1,
        edition: EDITION,
        exportedAt: '2026-11-23T10:00:00.000Z',
        items: [{id: a1, chapter, weight: 3}],
        record: {
          edition: EDITION,
          current: {
            profile: {institution: '', municipality: '', assessors: '', date: '', updatedAt: 0},
            answers: {[a1]: {answer: 'maybe', evidence: '', note: '', updatedAt: 1}},
            actions: {},
          },
          snapshots: [],
          deletedSnapshots: [],
        },
      };
      await input.setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await poll(() => error.textContent()).toMatch(invalid);
      await poll(() => error.textContent()).toMatch(words);
      if (locale === 'lt') {
        await poll(() => error.textContent()).not.toMatch(/expected|one of/);
      }
      await chooseLargeFile(page, '[data-section="data"] input[type=file]', 9 * 1024 * 1024);
      await poll(() => error.textContent()).toMatch(size);
    } finally {
      await context.close();
    }
  });
});
