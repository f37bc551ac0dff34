import React, {type ReactNode, useRef, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {
  exportCsv,
  exportJson,
  MAX_IMPORT_BYTES,
  parseImport,
  previewImport,
  type CsvLabels,
  type ExportFile,
  type ImportError,
  type ImportPreview,
} from '@site/src/assessment/exchange';
import {useAssessmentContext} from './context';
import {downloadText, fileSlug} from './download';
import {answerLabel, formatScore, statusLabel} from './labels';
import styles from './page.module.css';

export function importErrorMessage(error: ImportError): string {
  switch (error.kind) {
    case 'too-large':
      return translate(
        {
          id: 'assessment.import.error.tooLarge',
          message:
            'Failas per didelis ({size} MB). Įkelkite šios svetainės eksportuotą JSON failą (iki {limit} MB).',
        },
        {size: (error.bytes / 1024 / 1024).toFixed(1), limit: MAX_IMPORT_BYTES / 1024 / 1024},
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
        {
          edition:
            error.edition === 'current'
              ? translate({id: 'assessment.draftEdition', message: 'rengiamas leidimas'})
              : error.edition,
        },
      );
    case 'invalid':
      return translate(
        {
          id: 'assessment.import.error.invalid',
          message: 'Failas sugadintas arba pakeistas: {path} – {problem}.',
        },
        {path: error.path || '–', problem: error.problem},
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

function csvLabels(): CsvLabels {
  return {
    header: [
      translate({id: 'assessment.csv.chapter', message: 'Skyrius'}),
      translate({id: 'assessment.csv.id', message: 'Klausimo ID'}),
      translate({id: 'assessment.csv.question', message: 'Klausimas'}),
      translate({id: 'assessment.csv.weight', message: 'Svarba (1–3)'}),
      translate({id: 'assessment.csv.answer', message: 'Atsakymas'}),
      translate({id: 'assessment.csv.evidence', message: 'Įrodymas'}),
      translate({id: 'assessment.csv.note', message: 'Pastaba'}),
      translate({id: 'assessment.csv.owner', message: 'Atsakingas asmuo'}),
      translate({id: 'assessment.csv.due', message: 'Terminas'}),
      translate({id: 'assessment.csv.status', message: 'Būsena'}),
    ],
    answers: {
      yes: answerLabel('yes'),
      partly: answerLabel('partly'),
      no: answerLabel('no'),
      na: answerLabel('na'),
    },
    statuses: {todo: statusLabel('todo'), doing: statusLabel('doing'), done: statusLabel('done')},
  };
}

interface Pending {
  file: ExportFile;
  name: string;
  preview: ImportPreview;
}

/** Export, import (validated and previewed, never replacing anything unconfirmed) and deleting everything. */
export default function DataSection(): ReactNode {
  const {edition, store, state, locale} = useAssessmentContext();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const record = state.record;
  const baseName = () =>
    `savivertinimas-${fileSlug(record.current.profile.institution)}-${edition.edition === 'current' ? 'rengiamas' : edition.edition}-${new Date().toISOString().slice(0, 10)}`;

  const readFile = async (file: File) => {
    setError(null);
    setDone(null);
    setPending(null);
    const result =
      file.size > MAX_IMPORT_BYTES
        ? parseImport('', edition, file.size)
        : parseImport(await file.text(), edition, file.size);
    if (!result.ok) {
      setError(importErrorMessage(result.error));
      return;
    }
    setPending({
      file: result.file,
      name: file.name,
      preview: previewImport(record.current, result.file, edition),
    });
  };

  const confirm = (keep: boolean) => {
    if (!pending || !store) {
      return;
    }
    store.replaceCurrent(
      pending.file.record.current,
      keep
        ? translate(
            {id: 'assessment.import.snapshotLabel', message: 'Prieš importuojant {file}'},
            {file: pending.name},
          )
        : null,
    );
    setPending(null);
    setDone(
      keep
        ? translate({
            id: 'assessment.import.doneKept',
            message: 'Atsakymai importuoti. Ankstesni išsaugoti istorijoje.',
          })
        : translate({id: 'assessment.import.done', message: 'Atsakymai importuoti.'}),
    );
  };

  return (
    <section aria-labelledby="data" className="margin-bottom--lg" data-section="data">
      <Heading as="h2" id="data">
        <Translate id="assessment.data.title">Eksportas, importas ir duomenų ištrynimas</Translate>
      </Heading>
      <div className={styles.row}>
        <button
          type="button"
          className="button button--primary"
          disabled={!store}
          onClick={() =>
            downloadText(exportJson(record, edition, new Date()), `${baseName()}.json`, 'application/json')
          }>
          <Translate id="assessment.data.exportJson">Eksportuoti JSON</Translate>
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!store}
          onClick={() =>
            downloadText(
              exportCsv(record, edition, locale, csvLabels()),
              `${baseName()}.csv`,
              'text/csv;charset=utf-8',
            )
          }>
          <Translate id="assessment.data.exportCsv">Eksportuoti CSV (skaičiuoklei)</Translate>
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          <Translate id="assessment.data.print">Spausdinti ataskaitą</Translate>
        </button>
      </div>
      <p className={styles.help}>
        <Translate id="assessment.data.exportHelp">
          JSON faile yra viskas: įstaigos duomenys, atsakymai su įrodymais, veiksmų planas ir istorija. Jį
          galima vėl importuoti čia arba kitame kompiuteryje ir juo palyginti kelias įstaigas.
        </Translate>
      </p>
      <label className={styles.inline}>
        <Translate id="assessment.import.label">Importuoti JSON failą</Translate>{' '}
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          disabled={!store}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              void readFile(file);
            }
            event.target.value = '';
          }}
        />
      </label>
      {error ? (
        <p role="alert" className={styles.error} data-import-error>
          {error} <Translate id="assessment.import.nothingChanged">Niekas nepakeista.</Translate>
        </p>
      ) : null}
      {done ? (
        <p role="status" className={styles.success}>
          {done}
        </p>
      ) : null}
      {pending ? (
        <div role="region" aria-labelledby="import-preview" className={styles.panel} data-import-preview>
          <Heading as="h3" id="import-preview">
            <Translate id="assessment.import.previewTitle" values={{file: pending.name}}>
              {'Ką pakeis failas {file}'}
            </Translate>
          </Heading>
          <ul>
            <li>
              <Translate
                id="assessment.import.changedItems"
                values={{count: pending.preview.changedItems.length}}>
                {'Pasikeis atsakymų: {count}'}
              </Translate>
              {pending.preview.clearedItems.length > 0 ? (
                <>
                  {' '}
                  <Translate
                    id="assessment.import.clearedItems"
                    values={{count: pending.preview.clearedItems.length}}>
                    {'(iš jų dabar atsakytų klausimų, kurie liks neatsakyti: {count})'}
                  </Translate>
                </>
              ) : null}
            </li>
            <li>
              <Translate
                id="assessment.import.scores"
                values={{
                  before: formatScore(pending.preview.before.value, locale),
                  after: formatScore(pending.preview.after.value, locale),
                }}>
                {'Bendras rezultatas: dabar {before}, po importo {after}'}
              </Translate>
            </li>
            {pending.preview.profileChanges ? (
              <li>
                <Translate id="assessment.import.profile">
                  Pasikeis įstaigos ir vertintojų duomenys.
                </Translate>
              </li>
            ) : null}
            {pending.preview.actionChanges > 0 ? (
              <li>
                <Translate id="assessment.import.actions" values={{count: pending.preview.actionChanges}}>
                  {'Pasikeis veiksmų plano įrašų: {count}'}
                </Translate>
              </li>
            ) : null}
          </ul>
          <div className={styles.row}>
            <button type="button" className="button button--primary" onClick={() => confirm(true)}>
              <Translate id="assessment.import.replaceKeep">
                Importuoti ir išsaugoti dabartinius atsakymus istorijoje
              </Translate>
            </button>
            <button type="button" className="button button--secondary" onClick={() => confirm(false)}>
              <Translate id="assessment.import.replace">Importuoti be išsaugojimo</Translate>
            </button>
            <button type="button" className="button button--link" onClick={() => setPending(null)}>
              <Translate id="assessment.import.cancel">Atšaukti</Translate>
            </button>
          </div>
        </div>
      ) : null}
      <Heading as="h3" id="delete">
        <Translate id="assessment.data.deleteTitle">Ištrinti viską</Translate>
      </Heading>
      <p>
        <Translate id="assessment.data.deleteHelp">
          Ištrina šio leidimo atsakymus, įstaigos duomenis, veiksmų planą ir istoriją iš šios naršyklės. Prieš
          tai galite eksportuoti JSON failą.
        </Translate>
      </p>
      <button
        type="button"
        className="button button--danger"
        disabled={!store}
        onClick={() => {
          if (
            window.confirm(
              translate({
                id: 'assessment.data.confirmDelete',
                message: 'Tikrai ištrinti visus šio leidimo savęs vertinimo duomenis iš šios naršyklės?',
              }),
            )
          ) {
            store?.clearAll();
            setDone(
              translate({
                id: 'assessment.data.deleted',
                message: 'Visi šio leidimo duomenys ištrinti iš šios naršyklės.',
              }),
            );
          }
        }}>
        <Translate id="assessment.data.delete">Ištrinti visus duomenis</Translate>
      </button>
    </section>
  );
}
