/** The whole-institution self-assessment page in the browser tests. */
import type {Page} from 'playwright-core';
import {assessmentPath} from '../../src/editions/editions';
import {EDITIONS, localePrefix, RELEASED} from './site-pages';

/** The edition the browser tests answer in. */
export const EDITION = EDITIONS[0] ?? 'current';

export const assessmentPagePath = (locale: 'lt' | 'en', edition = EDITION) =>
  `${localePrefix(locale)}${assessmentPath(edition, RELEASED)}`;

/** Waits until the page has read the browser's storage: the served questions can be answered. */
export async function untilUsable(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-section="questions"] [inert]') === null);
}

/**
 * Waits until the page has read the browser's storage and holds every question. The page adds the
 * questions after the first chapter's once the reader starts using it (or after a few quiet
 * seconds): this turns the mouse wheel, as a reader does, without moving the page.
 */
export async function untilAllQuestions(page: Page): Promise<void> {
  await untilUsable(page);
  await page.mouse.wheel(0, 0);
  await page.waitForSelector('main[data-ready="true"]', {state: 'attached'});
}

/** Opens the page and waits until it has read the browser's storage and holds every question. */
export async function openAssessment(origin: string, page: Page, locale: 'lt' | 'en' = 'lt'): Promise<void> {
  await page.goto(origin + assessmentPagePath(locale));
  await untilAllQuestions(page);
}

/**
 * Brings a chapter's checklist into view, as a reader scrolling down to it does (its code is loaded
 * only when it comes near: src/components/Island), and waits until it has read the browser's storage.
 */
export async function untilChecklistReady(page: Page, chapter: string): Promise<void> {
  const section = `section[data-chapter="${chapter}"]`;
  await page.locator(section).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${section}[data-ready="true"]`);
}

export const item = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"]`);
export const radio = (page: Page, id: string, value: string) =>
  item(page, id).locator(`input[type=radio][value="${value}"]`);
