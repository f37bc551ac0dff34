/**
 * The municipality's anti-corruption officer's whole-institution assessment of a social services
 * department, as issue 13 tried it: a profile, 25 answers with evidence, a 12-row action plan. It
 * is put straight into the browser's storage, in the stored form of `version`.
 */
import type {Page} from 'playwright-core';
import {isScored, type Checklist} from '../../src/assessment/checklist';
import {emptyRecord, type AssessmentRecord} from '../../src/assessment/model';
import {serializeRecord, storageKey} from '../../src/assessment/store';

export const OFFICER = {
  institution: 'Pavyzdžio savivaldybės administracijos Socialinių paslaugų skyrius',
  municipality: 'Pavyzdžio rajono savivaldybė',
  assessors: 'Korupcijos prevencijos specialistė; Socialinių paslaugų skyriaus vedėja',
  date: '2026-03-16',
};

/** 25 answered items (13 "Taip", 12 "Iš dalies" or "Ne", each with evidence) and the 12 plan rows. */
export function officerRecord(
  edition: string,
  checklists: Checklist[],
  time = 1_760_000_000_000,
): AssessmentRecord {
  const items = checklists.flatMap((c) => c.items.filter(isScored));
  if (items.length < 25) {
    throw new Error('the officer scenario needs 25 scored items');
  }
  const record = emptyRecord(edition);
  record.current.profile = {...OFFICER, updatedAt: time};
  items.slice(0, 25).forEach((item, index) => {
    const inPlan = index % 2 === 1 || index === 24;
    const answer = inPlan ? (index % 4 === 1 ? 'partly' : 'no') : 'yes';
    record.current.answers[item.id] = {
      answer,
      evidence: `Direktoriaus įsakymas Nr. V-${100 + index}`,
      note: '',
      updatedAt: time + index,
    };
    if (inPlan) {
      const month = String((index % 9) + 1).padStart(2, '0');
      record.current.actions[item.id] = {
        measure: `Parengti ir patvirtinti tvarkos aprašą (${index + 1})`,
        indicator: `Aprašas paskelbtas svetainėje iki 2026-${month}-28`,
        owner: 'Skyriaus vedėja',
        due: `2026-${month}-28`,
        status: index % 3 === 0 ? 'doing' : 'todo',
        updatedAt: time + 100 + index,
      };
    }
  });
  return record;
}

/** Puts the record into the page's storage as the stored form `version` (1: before measures existed). */
export async function seedRecord(page: Page, record: AssessmentRecord, version: 1 | 2 = 2): Promise<void> {
  let raw = serializeRecord(record);
  if (version === 1) {
    const data = JSON.parse(raw) as {version: number; record: AssessmentRecord};
    data.version = 1;
    for (const action of Object.values(data.record.current.actions) as Partial<
      AssessmentRecord['current']['actions'][string]
    >[]) {
      delete action.measure;
      delete action.indicator;
    }
    raw = JSON.stringify(data);
  }
  await page.evaluate((entry) => localStorage.setItem(entry.key, entry.value), {
    key: storageKey(record.edition),
    value: raw,
  });
}
