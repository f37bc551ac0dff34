/** The whole-institution self-assessment page in the browser tests. */
import type {Page} from 'playwright-core';
import {assessmentPath} from '../../src/editions/editions';
import {EDITIONS, localePrefix, RELEASED} from './site-pages';

/** The edition the browser tests answer in. */
export const EDITION = EDITIONS[0] ?? 'current';

export const assessmentPagePath = (locale: 'lt' | 'en', edition = EDITION) =>
  `${localePrefix(locale)}${assessmentPath(edition, RELEASED)}`;

/** Opens the page and waits until it has read the browser's storage. */
export async function openAssessment(origin: string, page: Page, locale: 'lt' | 'en' = 'lt'): Promise<void> {
  await page.goto(origin + assessmentPagePath(locale));
  await page.waitForSelector('main[data-ready="true"]', {state: 'attached'});
}

export const item = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"]`);
export const radio = (page: Page, id: string, value: string) =>
  item(page, id).locator(`input[type=radio][value="${value}"]`);
