import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {assessmentPath, CURRENT_EDITION} from '../../src/editions/editions';
import {BUILD_DIR, openSite, recordedPage, type SiteUnderTest, poll} from '../support/browser';
import {editionChecklists} from '../support/checklist-data';
import {untilAllQuestions} from '../support/assessment-page';
import {docPath, EDITIONS, RELEASED} from '../support/site-pages';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// With a released edition there are always at least two: the release and the next edition.
const [latest = '', draft = ''] = [RELEASED[0], CURRENT_EDITION];

describe('several editions', () => {
  it('exist: at least one released edition besides the draft, each built with its pages', () => {
    expect(RELEASED.length).toBeGreaterThan(0);
    for (const edition of EDITIONS) {
      for (const locale of ['lt', 'en'] as const) {
        const path = docPath(locale, edition, 'corruption-risk');
        expect(existsSync(join(BUILD_DIR, `${path}.html`)), path).toBe(true);
      }
    }
  });

  it.each(['lt', 'en'] as const)(
    'the edition switch keeps the reader on the same chapter (%s)',
    async (locale) => {
      const {page, context} = await recordedPage(site);
      try {
        await page.goto(site.origin + docPath(locale, latest, 'corruption-risk'));
        // The navbar's PDF item appears once the PDF manifest has loaded, which moves the menus left.
        await page.waitForLoadState('networkidle');
        await page.locator('.navbar__items--right .dropdown').first().hover();
        const target = docPath(locale, draft, 'corruption-risk');
        const link = page.locator(`.navbar__items--right a.dropdown__link[href="${target}"]`);
        // The menu fades and slides in: a click during that lands on the page beneath and closes it.
        await link.waitFor({state: 'visible'});
        await page.waitForTimeout(400);
        await link.click();
        await page.waitForURL(site.origin + target);
        // Client-side navigation: the URL changes before the new page has rendered.
        await page.waitForSelector('.theme-doc-version-banner');
        await poll(() => page.locator('.theme-doc-version-banner').count()).toBe(1);
      } finally {
        await context.close();
      }
    },
  );

  it('carries answers over from another edition by item id, when asked', async () => {
    const {page, context} = await recordedPage(site);
    try {
      const common = editionChecklists(latest)
        .flatMap((c) => c.items.map((i) => i.id))
        .filter((id) => editionChecklists(draft).some((c) => c.items.some((i) => i.id === id)));
      const id = common[0] ?? '';
      expect(id).not.toBe('');
      await page.goto(site.origin + assessmentPath(latest, RELEASED));
      await untilAllQuestions(page);
      await page.locator(`fieldset[data-item="${id}"] input[value="yes"]`).check();

      await page.goto(site.origin + assessmentPath(draft, RELEASED));
      await untilAllQuestions(page);
      await expect
        .poll(() => page.locator(`fieldset[data-item="${id}"] input[value="yes"]`).isChecked())
        .toBe(false);
      await page.getByRole('button', {name: 'Perkelti atsakymus į šį leidimą'}).click();
      await poll(() => page.locator('[data-carry-over]').textContent()).toContain(': 1.');
      await expect
        .poll(() => page.locator(`fieldset[data-item="${id}"] input[value="yes"]`).isChecked())
        .toBe(true);
    } finally {
      await context.close();
    }
  });

  it('names the carried items whose question the new edition rewords', async () => {
    const {page, context} = await recordedPage(site);
    try {
      const questions = (edition: string) =>
        new Map(editionChecklists(edition).flatMap((c) => c.items.map((i) => [i.id, i.question] as const)));
      const before = questions(latest);
      const reworded = [...questions(draft)].find(
        ([id, q]) => before.has(id) && JSON.stringify(before.get(id)) !== JSON.stringify(q),
      )?.[0];
      expect(reworded, 'an item the next edition rewords').toBeDefined();
      await page.goto(site.origin + assessmentPath(latest, RELEASED));
      await untilAllQuestions(page);
      await page.locator(`fieldset[data-item="${reworded}"] input[value="no"]`).check();
      await page.goto(site.origin + assessmentPath(draft, RELEASED));
      await untilAllQuestions(page);
      await page.getByRole('button', {name: 'Perkelti atsakymus į šį leidimą'}).click();
      await expect(page.locator('[data-carry-reworded]').textContent()).resolves.toContain(reworded);
    } finally {
      await context.close();
    }
  });
});
