import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  exportCsv,
  exportJson,
  MAX_IMPORT_BYTES,
  parseExport,
  parseImport,
  previewImport,
  type CsvLabels,
} from '../../src/assessment/exchange';
import {AssessmentStore, deserializeRecord, serializeRecord, storageKey} from '../../src/assessment/store';
import type {AssessmentRecord} from '../../src/assessment/model';
import {clock, EDITION, MemoryStorage} from '../support/assessment-fixtures';

function filledStore(): {store: AssessmentStore; storage: MemoryStorage} {
  const storage = new MemoryStorage();
  const store = new AssessmentStore('current', storage, clock());
  store.setProfile({
    institution: 'Utenos globos namai',
    municipality: 'Utenos rajono savivaldybė',
    date: '2026-11-20',
  });
  store.setAnswer('corruption-risk.register', {
    answer: 'yes',
    evidence: 'https://example.lt/registras',
    note: 'Peržiūrėta',
  });
  store.setAnswer('corruption-risk.matrix', {answer: 'partly', evidence: 'Įsakymas „Dėl rizikos“; 2026'});
  store.setAnswer('social-services.criteria', {answer: 'no'});
  store.setAction('social-services.criteria', {
    measure: 'Patvirtinti paramos skyrimo kriterijus',
    indicator: 'Kriterijai paskelbti svetainėje',
    owner: 'Direktorė',
    due: '2027-03-01',
    status: 'doing',
  });
  store.saveSnapshot('2025 m.');
  return {store, storage};
}

const NOW = new Date('2026-11-23T10:00:00Z');

describe('export and re-import', () => {
  it('round-trips the whole record to an identical state', () => {
    const {store} = filledStore();
    const record = store.getState().record;
    const json = exportJson(record, EDITION, NOW);
    const parsed = parseImport(json, EDITION);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.file.record).toEqual(record);
      expect(parsed.file.items).toHaveLength(5);
      expect(parsed.file.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    }
  });

  it('previews what an import would change before anything changes', () => {
    const {store} = filledStore();
    const other = new AssessmentStore('current', new MemoryStorage(), clock());
    other.setAnswer('corruption-risk.register', {answer: 'no'});
    const parsed = parseImport(exportJson(other.getState().record, EDITION, NOW), EDITION);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const preview = previewImport(store.getState().record, parsed.file, EDITION);
    expect(preview.changedItems).toEqual([
      'corruption-risk.register',
      'corruption-risk.matrix',
      'social-services.criteria',
    ]);
    expect(preview.clearedItems).toEqual(['corruption-risk.matrix', 'social-services.criteria']);
    expect(preview.profileChanges).toBe(true);
    expect(preview.actionChanges).toBe(1);
    expect(preview.before.value).toBe(0.5);
    expect(preview.after.value).toBe(0);
  });
});

describe('the action plan in files', () => {
  it('carries the measure and the result indicator through JSON export and import', () => {
    const record = filledStore().store.getState().record;
    const parsed = parseImport(exportJson(record, EDITION, NOW), EDITION);
    expect(parsed.ok && parsed.file.record.current.actions['social-services.criteria']).toMatchObject({
      measure: 'Patvirtinti paramos skyrimo kriterijus',
      indicator: 'Kriterijai paskelbti svetainėje',
    });
  });

  it('still imports a version 1 file, made before plans had measures, with both left empty', () => {
    const file = JSON.parse(exportJson(filledStore().store.getState().record, EDITION, NOW)) as {
      formatVersion: number;
      record: {current: {actions: Record<string, Record<string, unknown>>}; snapshots: unknown[]};
    };
    file.formatVersion = 1;
    for (const action of Object.values(file.record.current.actions)) {
      delete action.measure;
      delete action.indicator;
    }
    const parsed = parseImport(JSON.stringify(file), EDITION);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.file.record.current.actions['social-services.criteria']).toMatchObject({
      measure: '',
      indicator: '',
      owner: 'Direktorė',
    });
  });

  it('refuses a version 2 file whose plan row has no measure, and a measure over the limit', () => {
    const valid = () =>
      JSON.parse(exportJson(filledStore().store.getState().record, EDITION, NOW)) as {
        record: {current: {actions: Record<string, Record<string, unknown>>}};
      };
    const missing = valid();
    delete missing.record.current.actions['social-services.criteria']?.measure;
    expect(parseImport(JSON.stringify(missing), EDITION)).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        path: 'record.current.actions.social-services.criteria.measure',
        problem: {code: 'text'},
      },
    });
    const long = valid();
    const action = long.record.current.actions['social-services.criteria'];
    if (action) action.indicator = 'x'.repeat(2_001);
    expect(parseImport(JSON.stringify(long), EDITION)).toMatchObject({
      ok: false,
      error: {problem: {code: 'too-long', max: 2_000}},
    });
  });

  it('counts a changed measure among the plan changes an import would make', () => {
    const {store} = filledStore();
    const other = new AssessmentStore('current', new MemoryStorage(), clock(1_800_000_000_000));
    other.importRecord(store.getState().record, {mode: 'replace', keepAs: null});
    other.setAction('social-services.criteria', {measure: 'Kitokia priemonė'});
    const parsed = parseImport(exportJson(other.getState().record, EDITION, NOW), EDITION);
    expect(parsed.ok && previewImport(store.getState().record, parsed.file, EDITION).actionChanges).toBe(1);
  });
});

describe('import refuses bad files with a reason', () => {
  const valid = () =>
    JSON.parse(exportJson(filledStore().store.getState().record, EDITION, NOW)) as Record<string, unknown>;
  const cases: [string, string, unknown][] = [
    ['an empty file', '', {kind: 'empty'}],
    ['text that is not JSON', 'Taip;Ne;Iš dalies', {kind: 'not-json'}],
    ['JSON of something else', '{"name": "package"}', {kind: 'not-assessment'}],
    [
      'a future format version',
      JSON.stringify({...valid(), formatVersion: 3}),
      {kind: 'unknown-version', version: '3'},
    ],
    [
      'another edition',
      JSON.stringify({...valid(), edition: '2026', record: {...(valid().record as object), edition: '2026'}}),
      {kind: 'other-edition', edition: '2026'},
    ],
    [
      'a wrong answer value',
      JSON.stringify(valid()).replace('"answer":"partly"', '"answer":"maybe"'),
      {
        kind: 'invalid',
        path: 'record.current.answers.corruption-risk.matrix.answer',
        problem: {code: 'one-of', options: ['yes', 'partly', 'no', 'na']},
      },
    ],
    [
      'an item this edition lacks',
      JSON.stringify(valid()).replaceAll('social-services.criteria', 'social-services.removed'),
      {kind: 'unknown-items', ids: ['social-services.removed']},
    ],
  ];

  it.each(cases)('%s', (_name, text, error) => {
    expect(parseImport(text, EDITION)).toEqual({ok: false, error});
  });

  it('a file larger than the limit, before reading it', () => {
    expect(parseImport('{}', EDITION, MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: {kind: 'too-large', bytes: MAX_IMPORT_BYTES + 1},
    });
  });
});

describe('import never throws and never makes the stored record unreadable (fuzz)', () => {
  const template = () => exportJson(filledStore().store.getState().record, EDITION, NOW);

  /** Replaces the value at a random path of a JSON value. */
  function mutate(value: unknown, path: number[], replacement: unknown): unknown {
    if (path.length === 0 || value === null || typeof value !== 'object') {
      return replacement;
    }
    const [step = 0, ...rest] = path;
    if (Array.isArray(value)) {
      if (value.length === 0) return replacement;
      const copy = [...value];
      const i = step % copy.length;
      copy[i] = mutate(copy[i], rest, replacement);
      return copy;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const key = keys[step % keys.length] ?? '';
    const entries = Object.entries(value as Record<string, unknown>);
    if (rest.length === 0 && step % 7 === 0) {
      // Drop the field altogether.
      return Object.fromEntries(entries.filter(([k]) => k !== key));
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, k === key ? mutate(v, rest, replacement) : v]));
  }

  const mutatedFile = fc
    .tuple(fc.array(fc.nat(50), {minLength: 0, maxLength: 8}), fc.jsonValue({maxDepth: 3}))
    .map(([path, replacement]) => JSON.stringify(mutate(JSON.parse(template()), path, replacement)));
  const corruptedText = fc.tuple(fc.nat(), fc.nat(), fc.string({maxLength: 20})).map(([at, cut, insert]) => {
    const text = template();
    const i = at % text.length;
    return text.slice(0, i) + insert + text.slice(i + (cut % 40));
  });
  /** Valid files that differ: answers, times and history of the template's items changed at random. */
  const variedFile = fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(...EDITION.chapters.flatMap((c) => c.items.map((i) => i.id))),
          fc.constantFrom('yes', 'partly', 'no', 'na', null),
          fc.string({maxLength: 30}),
          fc.nat(4e12),
        ),
        {maxLength: 6},
      ),
      fc.nat(3),
      fc.boolean(),
    )
    .map(([changes, snapshots, cleared]) => {
      const file = JSON.parse(template()) as {record: AssessmentRecord};
      const record = file.record;
      for (const [id, answer, evidence, updatedAt] of changes) {
        record.current.answers[id] = {answer, evidence, note: '', updatedAt};
      }
      record.snapshots = Array.from({length: snapshots}, (_, i) => ({
        id: `s${i}`,
        savedAt: i,
        label: `${i}`,
        state: record.current,
      }));
      record.clearedAt = cleared ? 1_700_000_000_005 : 0;
      return JSON.stringify(file);
    });
  const anyFile = fc.oneof(
    variedFile,
    fc.string({maxLength: 200}),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '{"__proto__": {"polluted": true}}',
      '[]',
      'null',
      '1e400',
      '"\\ud800"',
      '{'.repeat(5000),
    ),
    mutatedFile,
    corruptedText,
  );

  it('over 1,500 random and mutated files: refused with a reason, or imported into a record that reads back', () => {
    const {store} = filledStore();
    const record = store.getState().record;
    let runs = 0;
    let refused = 0;
    fc.assert(
      fc.property(anyFile, fc.boolean(), (text, merge) => {
        runs++;
        const result = parseImport(text, EDITION);
        if (!result.ok) {
          refused++;
          expect(typeof result.error.kind).toBe('string');
          return;
        }
        const mode = merge ? 'merge' : 'replace';
        const preview = previewImport(record, result.file, EDITION, {mode});
        // What the file brings is written into a browser's storage and must read back as it was.
        const storage = new MemoryStorage();
        storage.setItem(storageKey('current'), serializeRecord(record));
        const target = new AssessmentStore('current', storage, clock(2e12));
        const imported = target.importRecord(result.file.record, {mode, keepAs: 'Prieš importą'});
        expect(imported).toBe(preview.tooManySnapshots === null);
        const again = new AssessmentStore('current', storage, clock(3e12)).getState();
        expect(again.setAsideKey).toBeNull();
        expect(again.record).toEqual(target.getState().record);
        expect(deserializeRecord(storage.getItem(storageKey('current')) ?? '', 'current')).toEqual(
          again.record,
        );
      }),
      {numRuns: 1500},
    );
    expect(runs).toBeGreaterThanOrEqual(1500);
    // Most mutations must be caught, and some must survive as valid files (the mutator really mutates).
    expect(refused).toBeGreaterThan(500);
    expect(refused).toBeLessThan(runs - 100);
  });
});

describe('CSV export', () => {
  const labels: CsvLabels = {
    header: [
      'Skyrius',
      'ID',
      'Klausimas',
      'Svarba',
      'Atsakymas',
      'Įrodymai',
      'Pastaba',
      'Priemonė',
      'Rodiklis',
      'Atsakingas',
      'Terminas',
      'Būsena',
    ],
    answers: {yes: 'Taip', partly: 'Iš dalies', no: 'Ne', na: 'Netaikoma'},
    statuses: {todo: 'Nepradėta', doing: 'Vykdoma', done: 'Atlikta'},
  };

  it('opens in a spreadsheet: byte-order mark, semicolons, quoted cells, Lithuanian letters intact', () => {
    const csv = exportCsv(filledStore().store.getState().record, EDITION, 'lt', labels);
    expect(csv.startsWith('\uFEFFSkyrius;ID;Klausimas;Svarba;Atsakymas;Įrodymai;')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[2]).toBe(
      'Korupcijos rizikos valdymas;corruption-risk.matrix;Ar matrix?;2;Iš dalies;"Įsakymas „Dėl rizikos“; 2026";;;;;;',
    );
    expect(lines[4]).toBe(
      'Sprendimai dėl socialinės paramos;social-services.criteria;Ar criteria?;3;Ne;;;Patvirtinti paramos skyrimo kriterijus;Kriterijai paskelbti svetainėje;Direktorė;2027-03-01;Vykdoma',
    );
  });

  it('keeps a cell that looks like a formula as text', () => {
    const {store} = filledStore();
    store.setAnswer('corruption-risk.review', {answer: 'yes', evidence: '=HYPERLINK("http://x")'});
    const csv = exportCsv(store.getState().record, EDITION, 'en', labels);
    expect(csv).toContain(';"\'=HYPERLINK(""http://x"")";');
  });

  it.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+2+3', "'+2+3"],
    ['-', '-2+3', "'-2+3"],
    ['- (a command)', '-cmd|calc', "'-cmd|calc"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['carriage return', '\r=1+1', '"\'\r=1+1"'],
  ])('guards a cell beginning with %s', (_name, note, cell) => {
    const {store} = filledStore();
    store.setAnswer('corruption-risk.review', {answer: 'yes', note});
    const csv = exportCsv(store.getState().record, EDITION, 'en', labels);
    const row = csv.split('\r\n').find((line) => line.includes(';corruption-risk.review;')) ?? '';
    expect(row.split(';')[6]).toBe(cell);
  });

  it('leaves ordinary text, numbers and dates as they are', () => {
    const {store} = filledStore();
    store.setAnswer('corruption-risk.review', {answer: 'yes', note: 'Įsakymas 2026-01-15, 3 psl.'});
    const csv = exportCsv(store.getState().record, EDITION, 'en', labels);
    expect(csv).toContain(';Įsakymas 2026-01-15, 3 psl.;');
  });
});

describe('parseExport', () => {
  it('reads files of any edition (for comparing institutions) but checks their items', () => {
    const json = exportJson(filledStore().store.getState().record, EDITION, NOW);
    const other = json.replaceAll('"edition": "current"', '"edition": "2026"');
    expect(parseExport(other).ok).toBe(true);
    expect(parseImport(other, EDITION).ok).toBe(false);
  });
});

describe('a working group combines its members’ files', () => {
  /** One member's exported file: their answers at their own times. */
  function memberFile(start: number, answers: Record<string, 'yes' | 'partly' | 'no' | 'na'>, evidence = '') {
    const member = new AssessmentStore('current', new MemoryStorage(), clock(start));
    for (const [id, answer] of Object.entries(answers)) {
      member.setAnswer(id, {answer, evidence});
    }
    const parsed = parseImport(exportJson(member.getState().record, EDITION, NOW), EDITION);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    return parsed.file;
  }

  it('merges three members’ files item by item, the newer answer winning unless the coordinator chooses', () => {
    const ona = memberFile(1_000, {'corruption-risk.register': 'yes', 'corruption-risk.matrix': 'partly'});
    const jonas = memberFile(2_000, {'social-services.criteria': 'no', 'social-services.four-eyes': 'yes'});
    // Rūta also answered two of Ona's items, later: one the same way, one differently.
    const ruta = memberFile(3_000, {'corruption-risk.register': 'yes', 'corruption-risk.matrix': 'no'}, '');
    const coordinator = new AssessmentStore('current', new MemoryStorage(), clock(10_000));

    for (const file of [ona, jonas]) {
      const preview = previewImport(coordinator.getState().record, file, EDITION, {mode: 'merge'});
      expect(preview.conflicts).toEqual([]);
      expect(coordinator.importRecord(file.record, {mode: 'merge', keepAs: null})).toBe(true);
    }
    const preview = previewImport(coordinator.getState().record, ruta, EDITION, {mode: 'merge'});
    expect(preview.conflicts.map((c) => [c.id, c.mine.answer, c.theirs.answer])).toEqual([
      ['corruption-risk.matrix', 'partly', 'no'],
    ]);
    expect(preview.changedItems).toEqual(['corruption-risk.matrix']);

    // The coordinator keeps Ona's answer against the newer one.
    const choices = {'corruption-risk.matrix': 'mine'} as const;
    expect(
      previewImport(coordinator.getState().record, ruta, EDITION, {mode: 'merge', choices}).changedItems,
    ).toEqual([]);
    coordinator.importRecord(ruta.record, {mode: 'merge', choices, keepAs: null});
    const answers = coordinator.getState().record.current.answers;
    expect(Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.answer]))).toEqual({
      'corruption-risk.register': 'yes',
      'corruption-risk.matrix': 'partly',
      'social-services.criteria': 'no',
      'social-services.four-eyes': 'yes',
    });

    // Without a choice, the newer answer wins.
    const other = new AssessmentStore('current', new MemoryStorage(), clock(10_000));
    other.importRecord(ona.record, {mode: 'merge', keepAs: null});
    other.importRecord(ruta.record, {mode: 'merge', keepAs: null});
    expect(other.getState().record.current.answers['corruption-risk.matrix']?.answer).toBe('no');
  });

  it('replace mode leaves only the file’s answers', () => {
    const {store} = filledStore();
    const file = memberFile(1_000, {'social-services.four-eyes': 'yes'});
    store.importRecord(file.record, {mode: 'replace', keepAs: null});
    const answered = Object.entries(store.getState().record.current.answers)
      .filter(([, a]) => a.answer !== null)
      .map(([id]) => id);
    expect(answered).toEqual(['social-services.four-eyes']);
  });

  it('the preview counts answers, actions and snapshots the import will change', () => {
    const {store} = filledStore();
    const file = JSON.parse(exportJson(store.getState().record, EDITION, NOW)) as {
      record: {snapshots: unknown[]};
    };
    const parsed = parseImport(JSON.stringify(file), EDITION);
    const empty = new AssessmentStore('current', new MemoryStorage(), clock());
    if (!parsed.ok) throw new Error('the file must parse');
    const preview = previewImport(empty.getState().record, parsed.file, EDITION);
    expect(preview.changedItems).toHaveLength(3);
    expect(preview.actionChanges).toBe(1);
    expect(preview.newSnapshots).toBe(1);
    expect(preview.tooManySnapshots).toBeNull();
  });
});
