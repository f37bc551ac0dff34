/**
 * Import and validation messages in the reader's language, numbers written the locale's way. They
 * live with the labels, for every section that reads a file.
 */
import {translate} from '@docusaurus/Translate';
import type {ImportError} from '@site/src/assessment/exchange';
import {MAX_IMPORT_BYTES} from '@site/src/assessment/exchange';
import type {Problem} from '@site/src/assessment/model';
import {numberFormat} from '@site/src/assessment/formatters';
import {editionLabel} from './labels';

function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return numberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Megabytes as the locale writes them: 1,5 in Lithuanian, 1.5 in English. */
export function formatMegabytes(bytes: number, locale: string): string {
  return formatNumber(bytes / 1024 / 1024, locale, 1);
}

export function problemMessage(problem: Problem, locale: string): string {
  switch (problem.code) {
    case 'object':
      return translate({id: 'assessment.problem.object', message: 'turi būti objektas'});
    case 'list':
      return translate({id: 'assessment.problem.list', message: 'turi būti sąrašas'});
    case 'text':
      return translate({id: 'assessment.problem.text', message: 'turi būti tekstas'});
    case 'too-long':
      return translate(
        {id: 'assessment.problem.tooLong', message: 'turi būti ne ilgesnis nei {max} simbolių'},
        {max: formatNumber(problem.max, locale)},
      );
    case 'too-many':
      return translate(
        {id: 'assessment.problem.tooMany', message: 'turi būti ne daugiau kaip {max} įrašų'},
        {max: formatNumber(problem.max, locale)},
      );
    case 'time':
      return translate({id: 'assessment.problem.time', message: 'turi būti data ir laikas'});
    case 'date':
      return translate({id: 'assessment.problem.date', message: 'turi būti data formatu MMMM-MM-DD'});
    case 'one-of':
      return translate(
        {id: 'assessment.problem.oneOf', message: 'turi būti viena iš reikšmių: {options}'},
        {options: problem.options.join(', ')},
      );
    case 'item-id':
      return translate({
        id: 'assessment.problem.itemId',
        message: 'turi būti klausimo ID (skyrius.klausimas)',
      });
    case 'item':
      return translate({
        id: 'assessment.problem.item',
        message: 'turi būti klausimas su ID, skyriumi ir svarba 1–3',
      });
    case 'edition':
      return translate({id: 'assessment.problem.edition', message: 'turi būti leidimo pavadinimas'});
    case 'edition-mismatch':
      return translate({id: 'assessment.problem.editionMismatch', message: 'turi sutapti su failo leidimu'});
    case 'unreadable':
      return translate({id: 'assessment.problem.unreadable', message: 'failo nepavyko perskaityti'});
  }
}

export function importErrorMessage(error: ImportError, locale: string): string {
  switch (error.kind) {
    case 'too-large':
      return translate(
        {
          id: 'assessment.import.error.tooLarge',
          message:
            'Failas per didelis ({size} MB). Įkelkite šios svetainės eksportuotą JSON failą (iki {limit} MB).',
        },
        {
          size: formatMegabytes(error.bytes, locale),
          limit: formatNumber(MAX_IMPORT_BYTES / 1024 / 1024, locale),
        },
      );
    case 'empty':
      return translate({id: 'assessment.import.error.empty', message: 'Failas tuščias.'});
    case 'not-json':
      return translate({
        id: 'assessment.import.error.notJson',
        message: 'Tai ne JSON failas. Įkelkite failą, eksportuotą mygtuku „Eksportuoti JSON“.',
      });
    case 'not-assessment':
      return translate({
        id: 'assessment.import.error.notAssessment',
        message: 'Šis JSON failas nėra šio vadovo savęs vertinimo eksportas.',
      });
    case 'unknown-version':
      return translate(
        {
          id: 'assessment.import.error.version',
          message:
            'Failas sukurtas naujesne ar nežinoma formato versija ({version}), todėl jo perskaityti negalima.',
        },
        {version: error.version},
      );
    case 'other-edition':
      return translate(
        {
          id: 'assessment.import.error.edition',
          message:
            'Failas priklauso kitam vadovo leidimui ({edition}). Jį įkelkite to leidimo savęs vertinimo puslapyje arba palyginkite skiltyje „Kelių įstaigų palyginimas“.',
        },
        {edition: editionLabel(error.edition)},
      );
    case 'invalid':
      return translate(
        {
          id: 'assessment.import.error.invalid',
          message: 'Failas sugadintas arba pakeistas: {path} – {problem}.',
        },
        {path: error.path || '–', problem: problemMessage(error.problem, locale)},
      );
    case 'unknown-items':
      return translate(
        {
          id: 'assessment.import.error.unknownItems',
          message: 'Faile yra klausimų, kurių šiame leidime nėra: {ids}.',
        },
        {ids: error.ids.join(', ')},
      );
  }
}
