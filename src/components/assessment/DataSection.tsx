import React, {memo, type ReactNode, useRef, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {
  exportCsv,
  exportBaseName,
  exportJson,
  MAX_IMPORT_BYTES,
  parseImport,
  previewImport,
  type CsvLabels,
  type ExportFile,
} from '@site/src/assessment/exchange';
import type {AnswerConflict, Choice, ImportMode} from '@site/src/assessment/import-merge';
import {allItems} from '@site/src/assessment/edition-items';
import {LIMITS, type ItemAnswer} from '@site/src/assessment/model';
import {CURRENT_EDITION} from '@site/src/editions/names';
import {useAssessmentContext} from './context';
import {downloadText, fileSlug} from './download';
import {answerLabel, formatScore, statusLabel} from './labels';
import {importErrorMessage} from './messages';
import styles from './page.module.css';

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
      translate({id: 'assessment.csv.measure', message: 'Priemonė'}),
      translate({id: 'assessment.csv.indicator', message: 'Rezultato rodiklis'}),
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
}

function answerText(answer: ItemAnswer): string {
  const parts = [answer.answer ? answerLabel(answer.answer) : '–', answer.evidence, answer.note];
  return parts.filter((part) => part !== '').join('; ');
}

/** An item answered differently here and in the file: the coordinator keeps one of the two. */
function ConflictChoice({
  conflict,
  question,
  choice,
  onChoose,
}: {
  conflict: AnswerConflict;
  question: string;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}): ReactNode {
  const name = `conflict-${conflict.id.replace(/\./g, '--')}`;
  return (
    <fieldset className={styles.conflict} data-conflict={conflict.id}>
      <legend>{question}</legend>
      <label className={styles.inline}>
        <input
          type="radio"
          name={name}
          value="mine"
          checked={choice === 'mine'}
          onChange={() => onChoose('mine')}
        />{' '}
        <Translate id="assessment.import.keepMine" values={{answer: answerText(conflict.mine)}}>
          {'Dabartinis: {answer}'}
        </Translate>
      </label>{' '}
      <label className={styles.inline}>
        <input
          type="radio"
          name={name}
          value="theirs"
          checked={choice === 'theirs'}
          onChange={() => onChoose('theirs')}
        />{' '}
        <Translate id="assessment.import.takeTheirs" values={{answer: answerText(conflict.theirs)}}>
          {'Iš failo: {answer}'}
        </Translate>
      </label>
    </fieldset>
  );
}

/** Export, import (validated and previewed, never replacing anything unconfirmed) and deleting everything. */
function DataSection(): ReactNode {
  const {edition, store, state, locale} = useAssessmentContext();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [mode, setMode] = useState<ImportMode>('replace');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const input = useRef<HTMLInputElement>(null);
  const record = state.record;
  const baseName = () =>
    exportBaseName(
      fileSlug(record.current.profile.institution),
      edition.edition === CURRENT_EDITION ? null : edition.edition,
      new Date().toISOString().slice(0, 10),
    );
  const preview = pending ? previewImport(record, pending.file, edition, {mode, choices}) : null;
  const questions = Object.fromEntries(allItems(edition).map((i) => [i.id, i.question[locale]]));

  const readFile = async (file: File) => {
    setError(null);
    setDone(null);
    setPending(null);
    setChoices({});
    const result =
      file.size > MAX_IMPORT_BYTES
        ? parseImport('', edition, file.size)
        : parseImport(await file.text(), edition, file.size);
    if (!result.ok) {
      setError(importErrorMessage(result.error, locale));
      return;
    }
    setPending({file: result.file, name: file.name});
  };

  const confirm = (keep: boolean) => {
    if (!pending || !store) {
      return;
    }
    const imported = store.importRecord(pending.file.record, {
      mode,
      choices,
      keepAs: keep
        ? translate(
            {id: 'assessment.import.snapshotLabel', message: 'Prieš importuojant {file}'},
            {file: pending.name},
          )
        : null,
    });
    if (!imported) {
      return;
    }
    setPending(null);
    setDone(
      mode === 'merge'
        ? translate({
            id: 'assessment.import.doneMerged',
            message: 'Failas sujungtas su dabartiniais atsakymais.',
          })
        : keep
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
      {pending && preview ? (
        <div role="region" aria-labelledby="import-preview" className={styles.panel} data-import-preview>
          <Heading as="h3" id="import-preview">
            <Translate id="assessment.import.previewTitle" values={{file: pending.name}}>
              {'Ką pakeis failas {file}'}
            </Translate>
          </Heading>
          <fieldset className={styles.conflict}>
            <legend>
              <Translate id="assessment.import.mode">Kaip importuoti</Translate>
            </legend>
            <label className={styles.block}>
              <input
                type="radio"
                name="import-mode"
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              <Translate id="assessment.import.modeReplace">
                Pakeisti dabartinius atsakymus failo atsakymais
              </Translate>
            </label>
            <label className={styles.block}>
              <input
                type="radio"
                name="import-mode"
                value="merge"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              <Translate id="assessment.import.modeMerge">
                Sujungti failą su dabartiniais atsakymais klausimas po klausimo (pvz., darbo grupės narių
                failus): paliekamas naujesnis atsakymas
              </Translate>
            </label>
          </fieldset>
          <ul>
            <li data-preview="answers">
              <Translate id="assessment.import.changedItems" values={{count: preview.changedItems.length}}>
                {'Pasikeis atsakymų: {count}'}
              </Translate>
              {preview.clearedItems.length > 0 ? (
                <>
                  {' '}
                  <Translate
                    id="assessment.import.clearedItems"
                    values={{count: preview.clearedItems.length}}>
                    {'(iš jų dabar atsakytų klausimų, kurie liks neatsakyti: {count})'}
                  </Translate>
                </>
              ) : null}
            </li>
            <li data-preview="actions">
              <Translate id="assessment.import.actions" values={{count: preview.actionChanges}}>
                {'Pasikeis veiksmų plano įrašų: {count}'}
              </Translate>
            </li>
            <li data-preview="snapshots">
              <Translate id="assessment.import.snapshots" values={{count: preview.newSnapshots}}>
                {'Istorijoje atsiras išsaugotų vertinimų: {count}'}
              </Translate>
            </li>
            <li>
              <Translate
                id="assessment.import.scores"
                values={{
                  before: formatScore(preview.before.value, locale),
                  after: formatScore(preview.after.value, locale),
                }}>
                {'Bendras rezultatas: dabar {before}, po importo {after}'}
              </Translate>
            </li>
            {preview.profileChanges ? (
              <li>
                <Translate id="assessment.import.profile">
                  Pasikeis įstaigos ir vertintojų duomenys.
                </Translate>
              </li>
            ) : null}
          </ul>
          {preview.conflicts.length > 0 ? (
            <div data-conflicts>
              <p>
                <Translate id="assessment.import.conflicts" values={{count: preview.conflicts.length}}>
                  {
                    'Skirtingai atsakytų klausimų: {count}. Pasirinkite, kurį atsakymą palikti (iš anksto pažymėtas naujesnis).'
                  }
                </Translate>
              </p>
              {preview.conflicts.map((conflict) => (
                <ConflictChoice
                  key={conflict.id}
                  conflict={conflict}
                  question={questions[conflict.id] ?? conflict.id}
                  choice={choices[conflict.id] ?? conflict.newer}
                  onChoose={(choice) => setChoices((c) => ({...c, [conflict.id]: choice}))}
                />
              ))}
            </div>
          ) : null}
          {preview.tooManySnapshots !== null ? (
            <p role="alert" className={styles.error} data-import-error>
              <Translate
                id="assessment.import.tooManySnapshots"
                values={{count: preview.tooManySnapshots, max: LIMITS.snapshots}}>
                {
                  'Po importo istorijoje būtų {count} išsaugotų vertinimų, o galima ne daugiau kaip {max}. Ištrinkite senus vertinimus ir bandykite dar kartą.'
                }
              </Translate>
            </p>
          ) : null}
          <div className={styles.row}>
            <button
              type="button"
              className="button button--primary"
              disabled={preview.tooManySnapshots !== null}
              onClick={() => confirm(true)}>
              <Translate id="assessment.import.replaceKeep">
                Importuoti ir išsaugoti dabartinius atsakymus istorijoje
              </Translate>
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={preview.tooManySnapshots !== null}
              onClick={() => confirm(false)}>
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

/** Rendered again only when the assessment's context changes, not with the questions' view. */
export default memo(DataSection);
