/**
 * Export and import. JSON is complete and re-importable (format, version, edition, profile,
 * answers, action plan, snapshots, and the items it was made against); CSV is for spreadsheets
 * (UTF-8 with a byte-order mark and semicolons, so Lithuanian letters and decimal commas survive).
 * Import validates everything before anything changes and reports a reason a person can act on.
 */
import {WEIGHTS, type Locale, type Weight} from './checklist';
import {allItems, type EditionItems} from './edition-items';
import {
  answerConflicts,
  importedRecord,
  snapshotsOverLimit,
  type AnswerConflict,
  type ImportOptions,
} from './import-merge';
import {
  InvalidRecordError,
  isObject,
  itemId,
  latestTime,
  LIMITS,
  list,
  parseEdition,
  parseRecord,
  type ActionStatus,
  type Answer,
  type AssessmentRecord,
  type AssessmentState,
  type Problem,
} from './model';
import {upgradeRecord} from './record-upgrade';
import {score, type Score} from './scoring';

export const EXPORT_FORMAT = 'skaidrumo-vadovas/self-assessment';
/** Version 2 added each action's measure and result indicator; version 1 files still import. */
export const EXPORT_VERSION = 2;
const READABLE_EXPORT_VERSIONS: readonly unknown[] = [1, 2];
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export interface ExportedItem {
  id: string;
  chapter: string;
  weight: Weight;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_VERSION;
  edition: string;
  exportedAt: string;
  items: ExportedItem[];
  record: AssessmentRecord;
}

export function exportJson(record: AssessmentRecord, edition: EditionItems, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    edition: edition.edition,
    exportedAt: now.toISOString(),
    items: edition.chapters.flatMap((c) =>
      c.items.map((i) => ({id: i.id, chapter: c.chapter, weight: i.weight})),
    ),
    record,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/* ------------------------------------------------------------------ CSV */

export interface CsvLabels {
  /** Chapter, id, question, weight, answer, evidence, note, measure, indicator, owner, due, status. */
  header: [string, string, string, string, string, string, string, string, string, string, string, string];
  answers: Record<Answer, string>;
  statuses: Record<ActionStatus, string>;
}

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell a spreadsheet would run as a formula is kept as text.
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(
  record: AssessmentRecord,
  edition: EditionItems,
  locale: Locale,
  labels: CsvLabels,
): string {
  const rows: (string | number)[][] = [labels.header];
  for (const chapter of edition.chapters) {
    for (const item of chapter.items) {
      const answer = record.current.answers[item.id];
      const action = record.current.actions[item.id];
      rows.push([
        chapter.title[locale],
        item.id,
        item.question[locale],
        item.weight,
        answer?.answer ? labels.answers[answer.answer] : '',
        answer?.evidence ?? '',
        answer?.note ?? '',
        action?.measure ?? '',
        action?.indicator ?? '',
        action?.owner ?? '',
        action?.due ?? '',
        action && (answer?.answer === 'partly' || answer?.answer === 'no')
          ? labels.statuses[action.status]
          : '',
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/* ------------------------------------------------------------------ import */

export type ImportError =
  | {kind: 'too-large'; bytes: number}
  | {kind: 'empty'}
  | {kind: 'not-json'}
  | {kind: 'not-assessment'}
  | {kind: 'unknown-version'; version: string}
  | {kind: 'other-edition'; edition: string}
  | {kind: 'invalid'; path: string; problem: Problem}
  | {kind: 'unknown-items'; ids: string[]};

export type ParseResult = {ok: true; file: ExportFile} | {ok: false; error: ImportError};

/**
 * Reads an exported file of any edition (for comparing institutions). Never throws: every problem
 * comes back as an ImportError.
 */
export function parseExport(text: string, bytes = text.length): ParseResult {
  try {
    if (bytes > MAX_IMPORT_BYTES) {
      return {ok: false, error: {kind: 'too-large', bytes}};
    }
    if (text.trim() === '') {
      return {ok: false, error: {kind: 'empty'}};
    }
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return {ok: false, error: {kind: 'not-json'}};
    }
    if (!isObject(data) || data.format !== EXPORT_FORMAT) {
      return {ok: false, error: {kind: 'not-assessment'}};
    }
    if (!READABLE_EXPORT_VERSIONS.includes(data.formatVersion)) {
      return {ok: false, error: {kind: 'unknown-version', version: String(data.formatVersion).slice(0, 20)}};
    }
    const edition = parseEdition(data.edition, 'edition');
    if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
      return {ok: false, error: {kind: 'invalid', path: 'exportedAt', problem: {code: 'time'}}};
    }
    const items = parseItems(data.items);
    const record = parseRecord(upgradeRecord(data.record, Number(data.formatVersion)), 'record');
    if (record.edition !== edition) {
      return {
        ok: false,
        error: {kind: 'invalid', path: 'record.edition', problem: {code: 'edition-mismatch'}},
      };
    }
    const known = new Set(items.map((i) => i.id));
    const unknown = referencedIds(record).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      return {ok: false, error: {kind: 'unknown-items', ids: unknown.slice(0, 20)}};
    }
    return {
      ok: true,
      file: {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_VERSION,
        edition,
        exportedAt: data.exportedAt,
        items,
        record,
      },
    };
  } catch (error) {
    if (error instanceof InvalidRecordError) {
      return {ok: false, error: {kind: 'invalid', path: error.path, problem: error.problem}};
    }
    return {ok: false, error: {kind: 'invalid', path: '', problem: {code: 'unreadable'}}};
  }
}

function parseItems(value: unknown): ExportedItem[] {
  return list(value, 'items', LIMITS.items).map((raw, index) => {
    const path = `items[${index}]`;
    if (!isObject(raw)) {
      throw new InvalidRecordError(path, {code: 'item'});
    }
    const id = itemId(raw.id, `${path}.id`);
    const weight = WEIGHTS.find((w) => w === raw.weight);
    if (typeof raw.chapter !== 'string' || !id.startsWith(`${raw.chapter}.`) || weight === undefined) {
      throw new InvalidRecordError(path, {code: 'item'});
    }
    return {id, chapter: raw.chapter, weight};
  });
}

function referencedIds(record: AssessmentRecord): string[] {
  const states = [record.current, ...record.snapshots.map((s) => s.state)];
  return Array.from(new Set(states.flatMap((s) => [...Object.keys(s.answers), ...Object.keys(s.actions)])));
}

/** Reads a file to import into the assessment of `edition`. */
export function parseImport(text: string, edition: EditionItems, bytes = text.length): ParseResult {
  const result = parseExport(text, bytes);
  if (!result.ok) {
    return result;
  }
  if (result.file.edition !== edition.edition) {
    return {ok: false, error: {kind: 'other-edition', edition: result.file.edition}};
  }
  const known = new Set(allItems(edition).map((i) => i.id));
  const unknown = referencedIds(result.file.record).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return {ok: false, error: {kind: 'unknown-items', ids: unknown.slice(0, 20)}};
  }
  return result;
}

/* ------------------------------------------------------------------ preview */

export interface ImportPreview {
  /** Items whose answer, evidence or note would change. */
  changedItems: string[];
  /** Items answered now that the import leaves unanswered. */
  clearedItems: string[];
  profileChanges: boolean;
  actionChanges: number;
  /** Snapshots the file adds to the history. */
  newSnapshots: number;
  /** In `merge` mode: items answered differently here and in the file, for the person to choose. */
  conflicts: AnswerConflict[];
  /** Set when the history would hold more than `LIMITS.snapshots`: the import is refused. */
  tooManySnapshots: number | null;
  before: Score;
  after: Score;
}

function sameAnswer(
  a: AssessmentState['answers'][string] | undefined,
  b: AssessmentState['answers'][string] | undefined,
) {
  return (
    (a?.answer ?? null) === (b?.answer ?? null) &&
    (a?.evidence ?? '') === (b?.evidence ?? '') &&
    (a?.note ?? '') === (b?.note ?? '')
  );
}

/** What importing `incoming` would change, computed by the same code the import runs. */
export function previewImport(
  record: AssessmentRecord,
  incoming: ExportFile,
  edition: EditionItems,
  options: ImportOptions & {keepAs?: string | null} = {mode: 'replace'},
): ImportPreview {
  const current = record.current;
  const result = importedRecord(record, incoming.record, options, latestTime(record) + 1);
  const next = result.current;
  const items = allItems(edition);
  const changedItems: string[] = [];
  const clearedItems: string[] = [];
  for (const item of items) {
    const now = current.answers[item.id];
    const after = next.answers[item.id];
    if (!sameAnswer(now, after)) {
      changedItems.push(item.id);
      if ((now?.answer ?? null) !== null && (after?.answer ?? null) === null) {
        clearedItems.push(item.id);
      }
    }
  }
  const p = current.profile;
  const q = next.profile;
  const actionChanges = items.filter((item) => {
    const a = current.actions[item.id];
    const b = next.actions[item.id];
    return (
      (a?.measure ?? '') !== (b?.measure ?? '') ||
      (a?.indicator ?? '') !== (b?.indicator ?? '') ||
      (a?.owner ?? '') !== (b?.owner ?? '') ||
      (a?.due ?? '') !== (b?.due ?? '') ||
      (a?.status ?? 'todo') !== (b?.status ?? 'todo')
    );
  }).length;
  const known = new Set(record.snapshots.map((s) => s.id));
  return {
    changedItems,
    clearedItems,
    profileChanges:
      p.institution !== q.institution ||
      p.municipality !== q.municipality ||
      p.assessors !== q.assessors ||
      p.date !== q.date,
    actionChanges,
    newSnapshots: result.snapshots.filter((s) => !known.has(s.id)).length,
    conflicts: options.mode === 'merge' ? answerConflicts(current, incoming.record.current) : [],
    tooManySnapshots: snapshotsOverLimit(result, options.keepAs ? 1 : 0),
    before: score(items, current.answers),
    after: score(items, next.answers),
  };
}

/**
 * An export's file name without its extension: `savivertinimas-<institution>-<date>`. A released
 * edition is named only when its year is not the date's (the year is not said twice); the draft
 * edition is always named.
 */
export function exportBaseName(
  institutionSlug: string,
  releasedEdition: string | null,
  date: string,
): string {
  const edition =
    releasedEdition === null
      ? 'rengiamas-'
      : date.startsWith(`${releasedEdition}-`)
        ? ''
        : `${releasedEdition}-leidimas-`;
  return `savivertinimas-${institutionSlug}-${edition}${date}`;
}
