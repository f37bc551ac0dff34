import {describe, expect, it} from 'vitest';
import rehypeStackedTables, {
  STACKED_TABLE_CLASS,
  stackTable,
  textOf,
  type HastNode,
} from '../../src/remark/stacked-tables';

const text = (value: string): HastNode => ({type: 'text', value});
const el = (
  tagName: string,
  children: HastNode[] = [],
  properties: Record<string, unknown> = {},
): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const row = (tag: 'th' | 'td', cells: (string | HastNode)[]): HastNode =>
  el(
    'tr',
    cells.map((c) => el(tag, [typeof c === 'string' ? text(c) : c])),
  );
const table = (headers: string[], rows: (string | HastNode)[][]): HastNode =>
  el('table', [
    el('thead', [row('th', headers)]),
    el(
      'tbody',
      rows.map((r) => row('td', r)),
    ),
  ]);

const bodyCells = (t: HastNode): HastNode[] =>
  (t.children?.[1]?.children ?? []).flatMap((r) => r.children ?? []);

describe('stacked tables', () => {
  it("gives every body cell its column's header text and every part its ARIA role", () => {
    const t = table(
      ['Terminas', 'Angliškai', 'Paaiškinimas', 'Kur aiškinama'],
      [['Diskrecija', 'discretion', 'Laisvė spręsti', el('a', [text('Rizika')], {href: './x'})]],
    );
    expect(stackTable(t)).toBe(true);
    expect(t.properties).toMatchObject({className: [STACKED_TABLE_CLASS], role: 'table'});
    expect(t.children?.map((part) => part.properties?.role)).toEqual(['rowgroup', 'rowgroup']);
    const head = t.children?.[0]?.children?.[0];
    expect(head?.properties?.role).toBe('row');
    expect(head?.children?.map((c) => c.properties?.role)).toEqual(Array(4).fill('columnheader'));
    expect(bodyCells(t).map((c) => [c.properties?.dataLabel, c.properties?.role, textOf(c)])).toEqual([
      ['Terminas', 'cell', 'Diskrecija'],
      ['Angliškai', 'cell', 'discretion'],
      ['Paaiškinimas', 'cell', 'Laisvė spręsti'],
      ['Kur aiškinama', 'cell', 'Rizika'],
    ]);
  });

  it('labels with the visible text of a header that holds markup, and keeps existing classes', () => {
    const header = el('th', [el('strong', [text(' Lygis\n')]), text(' (balai)')]);
    const t = el(
      'table',
      [el('thead', [el('tr', [header, ...['B', 'C'].map((h) => el('th', [text(h)]))])])],
      {
        className: ['wide'],
      },
    );
    t.children?.push(el('tbody', [row('td', ['1', '2', '3'])]));
    stackTable(t);
    expect(t.properties?.className).toEqual(['wide', STACKED_TABLE_CLASS]);
    expect(bodyCells(t)[0]?.properties?.dataLabel).toBe('Lygis (balai)');
  });

  it('marks a header cell in a body row as a row header', () => {
    const t = table(['A', 'B', 'C'], []);
    t.children?.[1]?.children?.push(el('tr', [el('th', [text('x')]), el('td', [text('y')]), el('td')]));
    stackTable(t);
    expect(bodyCells(t).map((c) => c.properties?.role)).toEqual(['rowheader', 'cell', 'cell']);
    expect(bodyCells(t).map((c) => c.properties?.dataLabel)).toEqual(['A', 'B', 'C']);
  });

  it('leaves two-column tables and tables without a header row as they are', () => {
    const narrow = table(['A', 'B'], [['1', '2']]);
    const headless = el('table', [el('tbody', [row('td', ['1', '2', '3'])])]);
    expect(stackTable(narrow)).toBe(false);
    expect(stackTable(headless)).toBe(false);
    expect(narrow.properties).toEqual({});
    expect(bodyCells(narrow)[0]?.properties).toEqual({});
  });

  it('finds tables anywhere in the tree', () => {
    const t = table(['A', 'B', 'C'], [['1', '2', '3']]);
    const tree: HastNode = {type: 'root', children: [el('div', [el('section', [t])])]};
    rehypeStackedTables()(tree);
    expect(t.properties?.role).toBe('table');
  });
});
