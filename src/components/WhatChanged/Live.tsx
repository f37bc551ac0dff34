import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {LocalizedChanges} from '@site/src/content/what-changed';
import type {Part} from '@site/src/remark/what-changed';

type Summary = Record<
  | 'chapters'
  | 'chaptersRemoved'
  | 'sections'
  | 'sectionsRemoved'
  | 'itemsAdded'
  | 'itemsRemoved'
  | 'itemsReworded'
  | 'weights'
  | 'scopes'
  | 'actsAdded'
  | 'actsAmended'
  | 'actsRemoved',
  number
> & {scoredWeight: {from: number; to: number}};

export interface Props {
  part: Part;
  /** Injected at build time by src/remark/what-changed.ts: the edition compared with. */
  from: string;
  /** Injected at build time: this part of the changes, in the page's language. */
  data: unknown;
}

function None(): ReactNode {
  return (
    <p>
      <Translate id="whatChanged.none" description="Shown when a list of changes between editions is empty">
        Pakeitimų nėra.
      </Translate>
    </p>
  );
}

function Group({title, count, children}: {title: ReactNode; count: number; children: ReactNode}): ReactNode {
  return count === 0 ? null : (
    <>
      <p>
        <strong>{title}</strong> ({count})
      </p>
      {children}
    </>
  );
}

const added = <Translate id="whatChanged.added">Nauji</Translate>;
const removed = <Translate id="whatChanged.removed">Išbraukti</Translate>;

function ItemLine({id, chapter, question}: {id: string; chapter: string; question: string}): ReactNode {
  return (
    <>
      {question} <code>{id}</code> ({chapter})
    </>
  );
}

function SummaryPart({data, from}: {data: Summary; from: string}): ReactNode {
  const line = (id: string, message: string, values: Record<string, number | string>) => (
    <li>
      <Translate id={id} values={values}>
        {message}
      </Translate>
    </li>
  );
  return (
    <>
      <p>
        <Translate id="whatChanged.summary.from" values={{year: from}}>
          {'Šis leidimas palygintas su {year} m. leidimu.'}
        </Translate>
      </p>
      <ul data-what-changed="summary" data-from={from}>
        {line('whatChanged.summary.chapters', 'Nauji skyriai ir priedai: {added}; išbraukti: {removed}.', {
          added: data.chapters,
          removed: data.chaptersRemoved,
        })}
        {line(
          'whatChanged.summary.sections',
          'Nauji poskyriai esamuose skyriuose: {added}; išbraukti: {removed}.',
          {
            added: data.sections,
            removed: data.sectionsRemoved,
          },
        )}
        {line(
          'whatChanged.summary.items',
          'Savęs vertinimo klausimai: nauji {added}, išbraukti {removed}, pakeista formuluotė {reworded}.',
          {added: data.itemsAdded, removed: data.itemsRemoved, reworded: data.itemsReworded},
        )}
        {line(
          'whatChanged.summary.weights',
          'Pakeisti klausimų svoriai: {weights}; klausimai, perkelti į savęs vertinimo proceso klausimus arba iš jų: {scopes}.',
          {weights: data.weights, scopes: data.scopes},
        )}
        {line(
          'whatChanged.summary.acts',
          'Teisės aktų priede: nauji įrašai {added}, pakeisti {amended}, išbraukti {removed}.',
          {added: data.actsAdded, amended: data.actsAmended, removed: data.actsRemoved},
        )}
        {line(
          'whatChanged.summary.weightTotal',
          'Į įstaigos rezultatą skaičiuojamų klausimų svorių suma: buvo {from}, dabar {to}.',
          {from: data.scoredWeight.from, to: data.scoredWeight.to},
        )}
      </ul>
    </>
  );
}

/**
 * One part of the generated list of changes between the previous edition and this one
 * (src/content/what-changed.ts); the `what-changed` annex places a part under each heading.
 */
export default function WhatChanged({part, from, data}: Props): ReactNode {
  switch (part) {
    case 'summary':
      return <SummaryPart data={data as Summary} from={from} />;
    case 'chapters': {
      const d = data as LocalizedChanges['chapters'];
      return d.added.length + d.removed.length === 0 ? (
        <None />
      ) : (
        <div data-what-changed="chapters">
          <Group title={added} count={d.added.length}>
            <ul>
              {d.added.map((c) => (
                <li key={c.href}>
                  <Link to={c.href}>{c.title}</Link>
                </li>
              ))}
            </ul>
          </Group>
          <Group title={removed} count={d.removed.length}>
            <ul>
              {d.removed.map((c) => (
                <li key={c.title}>{c.title}</li>
              ))}
            </ul>
          </Group>
        </div>
      );
    }
    case 'sections': {
      const d = data as LocalizedChanges['sections'];
      return d.added.length + d.removed.length === 0 ? (
        <None />
      ) : (
        <div data-what-changed="sections">
          <Group title={added} count={d.added.length}>
            <ul>
              {d.added.map((s) => (
                <li key={s.href}>
                  <Link to={s.href}>{s.title}</Link> ({s.chapter})
                </li>
              ))}
            </ul>
          </Group>
          <Group title={removed} count={d.removed.length}>
            <ul>
              {d.removed.map((s) => (
                <li key={`${s.chapter}/${s.title}`}>
                  {s.title} ({s.chapter})
                </li>
              ))}
            </ul>
          </Group>
        </div>
      );
    }
    case 'items': {
      const d = data as LocalizedChanges['items'];
      return d.added.length + d.removed.length + d.reworded.length === 0 ? (
        <None />
      ) : (
        <div data-what-changed="items">
          <Group title={added} count={d.added.length}>
            <ul>
              {d.added.map((i) => (
                <li key={i.id}>
                  <Link to={i.href}>{i.question}</Link> <code>{i.id}</code> ({i.chapter})
                </li>
              ))}
            </ul>
          </Group>
          <Group title={removed} count={d.removed.length}>
            <ul>
              {d.removed.map((i) => (
                <li key={i.id}>
                  <ItemLine {...i} />
                </li>
              ))}
            </ul>
          </Group>
          <Group
            title={<Translate id="whatChanged.reworded">Pakeista formuluotė</Translate>}
            count={d.reworded.length}>
            <ul>
              {d.reworded.map((i) => (
                <li key={i.id}>
                  <Link to={i.href}>{i.question}</Link> <code>{i.id}</code> ({i.chapter}).{' '}
                  <Translate id="whatChanged.before" values={{before: <q>{i.before}</q>}}>
                    {'Buvo: {before}'}
                  </Translate>
                </li>
              ))}
            </ul>
          </Group>
        </div>
      );
    }
    case 'weights': {
      const d = data as Pick<LocalizedChanges, 'weights' | 'scopes'>;
      return d.weights.length + d.scopes.length === 0 ? (
        <None />
      ) : (
        <div data-what-changed="weights">
          <Group
            title={<Translate id="whatChanged.weightChanged">Pakeistas svoris</Translate>}
            count={d.weights.length}>
            <ul>
              {d.weights.map((w) => (
                <li key={w.id}>
                  <Link to={w.href}>{w.question}</Link> <code>{w.id}</code> ({w.chapter}):{' '}
                  <Translate id="whatChanged.weight" values={{from: w.from, to: w.to}}>
                    {'svoris {from} → {to}'}
                  </Translate>
                </li>
              ))}
            </ul>
          </Group>
          <Group
            title={<Translate id="whatChanged.scopeChanged">Savęs vertinimo proceso klausimai</Translate>}
            count={d.scopes.length}>
            <ul>
              {d.scopes.map((s) => (
                <li key={s.id}>
                  <Link to={s.href}>{s.question}</Link> <code>{s.id}</code> ({s.chapter}):{' '}
                  {s.process ? (
                    <Translate id="whatChanged.nowProcess">dabar į rezultatą neįskaičiuojamas</Translate>
                  ) : (
                    <Translate id="whatChanged.nowScored">dabar skaičiuojamas į rezultatą</Translate>
                  )}
                </li>
              ))}
            </ul>
          </Group>
        </div>
      );
    }
    case 'acts': {
      const d = data as LocalizedChanges['acts'];
      const list = (titles: string[]) => (
        <ul>
          {titles.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      );
      return d.added.length + d.amended.length + d.removed.length === 0 ? (
        <None />
      ) : (
        <div data-what-changed="acts">
          <Group title={added} count={d.added.length}>
            {list(d.added)}
          </Group>
          <Group
            title={<Translate id="whatChanged.amended">Pakeisti aprašai</Translate>}
            count={d.amended.length}>
            {list(d.amended)}
          </Group>
          <Group title={removed} count={d.removed.length}>
            {list(d.removed)}
          </Group>
        </div>
      );
    }
  }
}
