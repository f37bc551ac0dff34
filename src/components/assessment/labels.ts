import {translate} from '@docusaurus/Translate';
import {usePluralMessage} from '@site/src/components/usePluralMessage';
import type {Answer, ActionStatus} from '@site/src/assessment/model';
import type {Band} from '@site/src/assessment/scoring';
import {formatScore, type ScoreWords} from '@site/src/assessment/progress';
import {CURRENT_EDITION} from '@site/src/editions/names';
import {dateTimeFormat} from '@site/src/assessment/formatters';

export {formatScore};

/** An edition's name for people: „2026 m. leidimas“ or „Rengiamas leidimas“. */
export function editionLabel(name: string): string {
  return name === CURRENT_EDITION
    ? translate({id: 'assessment.draftEditionLabel', message: 'Rengiamas leidimas'})
    : translate({id: 'assessment.releasedEditionLabel', message: '{year} m. leidimas'}, {year: name});
}

export function answerLabel(answer: Answer): string {
  switch (answer) {
    case 'yes':
      return translate({id: 'assessment.answer.yes', message: 'Taip', description: 'Answer: yes'});
    case 'partly':
      return translate({id: 'assessment.answer.partly', message: 'Iš dalies', description: 'Answer: partly'});
    case 'no':
      return translate({id: 'assessment.answer.no', message: 'Ne', description: 'Answer: no'});
    case 'na':
      return translate({
        id: 'assessment.answer.na',
        message: 'Netaikoma',
        description: 'Answer: not applicable',
      });
  }
}

export function bandLabel(band: Band): string {
  switch (band) {
    case 'high':
      return translate({id: 'assessment.band.high', message: 'aukštas', description: 'Score band 0.80–1'});
    case 'above-average':
      return translate({
        id: 'assessment.band.aboveAverage',
        message: 'aukštesnis nei vidutinis',
        description: 'Score band 0.60–0.79',
      });
    case 'average':
      return translate({
        id: 'assessment.band.average',
        message: 'vidutinis',
        description: 'Score band 0.40–0.59',
      });
    case 'below-average':
      return translate({
        id: 'assessment.band.belowAverage',
        message: 'žemesnis nei vidutinis',
        description: 'Score band 0.20–0.39',
      });
    case 'low':
      return translate({id: 'assessment.band.low', message: 'žemas', description: 'Score band 0–0.19'});
  }
}

export function statusLabel(status: ActionStatus): string {
  switch (status) {
    case 'todo':
      return translate({
        id: 'assessment.status.todo',
        message: 'Nepradėta',
        description: 'Action plan status: to do',
      });
    case 'doing':
      return translate({
        id: 'assessment.status.doing',
        message: 'Vykdoma',
        description: 'Action plan status: in progress',
      });
    case 'done':
      return translate({
        id: 'assessment.status.done',
        message: 'Atlikta',
        description: 'Action plan status: done',
      });
  }
}

export function weightLabel(weight: number): string {
  switch (weight) {
    case 3:
      return translate({id: 'checklist.weight.3', message: 'būtina', description: 'Item weight 3'});
    case 2:
      return translate({id: 'checklist.weight.2', message: 'svarbu', description: 'Item weight 2'});
    default:
      return translate({id: 'checklist.weight.1', message: 'naudinga', description: 'Item weight 1'});
  }
}

export function formatChange(value: number | null, locale: string): string {
  if (value === null) {
    return '–';
  }
  const text = formatScore(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function formatDateTime(ms: number, locale: string): string {
  return dateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short'}).format(new Date(ms));
}

/** The words of a score line: „0,54 – vidutinis; 25 iš 94 klausimų atsakyta“. */
export function useScoreWords(): ScoreWords {
  const selectMessage = usePluralMessage();
  return {
    band: bandLabel,
    answered: (answered, total) =>
      selectMessage(
        total,
        translate(
          {
            id: 'assessment.answeredOf',
            message:
              '{answered} iš {total} klausimo atsakyta|{answered} iš {total} klausimų atsakyta|{answered} iš {total} klausimo atsakyta|{answered} iš {total} klausimų atsakyta',
            description:
              'How many of the questions a score rests on are answered; plural forms by {total}, separated by | (lt: one|few|many|other)',
          },
          {answered, total},
        ),
      ),
    noScore: translate({
      id: 'assessment.noScoreYet',
      message: 'rezultato dar nėra',
      description: 'Said in a score line before any applicable answer',
    }),
  };
}

/** How many "Taip" answers still lack evidence, as a sentence. */
export function useWithoutEvidence(): (count: number) => string {
  const selectMessage = usePluralMessage();
  return (count) =>
    selectMessage(
      count,
      translate(
        {
          id: 'assessment.withoutEvidence',
          message:
            '{count} atsakymas „Taip“ be įrodymo|{count} atsakymai „Taip“ be įrodymo|{count} atsakymo „Taip“ be įrodymo|{count} atsakymų „Taip“ be įrodymo',
          description:
            'Number of yes answers without evidence; plural forms separated by | (lt: one|few|many|other)',
        },
        {count},
      ),
    );
}
