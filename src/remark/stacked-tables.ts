/**
 * Rehype plugin: tables of three or more columns become stacked entries on a phone (CSS in
 * src/css/custom.css, `.stacked-table`). Each body cell gets its column's header text as
 * `data-label`, shown before the cell's content when the rows are stacked, so no column's content is
 * lost; on wide screens the table is an ordinary table. Because stacking changes the CSS display
 * of the table's parts, which makes browsers drop their table semantics, every part also gets its
 * explicit ARIA role (table, rowgroup, row, columnheader, rowheader, cell): screen readers still
 * read a table, in the same order.
 */

export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The class the stylesheet stacks at narrow widths. */
export const STACKED_TABLE_CLASS = 'stacked-table';
/** Tables with fewer columns fit a phone as they are. */
export const MIN_STACKED_COLUMNS = 3;

const ROLES: Record<string, string> = {
  table: 'table',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
  td: 'cell',
};

function elements(node: HastNode, tagName?: string): HastNode[] {
  return (node.children ?? []).filter(
    (child) => child.type === 'element' && (tagName === undefined || child.tagName === tagName),
  );
}

/** The text a reader sees in a node (text descendants, whitespace collapsed). */
export function textOf(node: HastNode): string {
  const collect = (n: HastNode): string =>
    n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(collect).join('');
  return collect(node).replace(/\s+/g, ' ').trim();
}

function addClass(node: HastNode, name: string): void {
  const properties = (node.properties ??= {});
  const current = properties.className;
  const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? [current] : [];
  if (!list.includes(name)) {
    list.push(name);
  }
  properties.className = list;
}

function setRole(node: HastNode, role: string): void {
  (node.properties ??= {}).role = role;
}

/** Labels, roles and the class for one `<table>`; a table without a header row is left alone. */
export function stackTable(table: HastNode): boolean {
  const rows = [table, ...elements(table)].flatMap((part) => elements(part, 'tr'));
  const head = elements(table, 'thead').flatMap((part) => elements(part, 'tr'))[0];
  const headers = head ? elements(head).filter((cell) => cell.tagName === 'th') : [];
  if (!head || headers.length < MIN_STACKED_COLUMNS) {
    return false;
  }
  const labels = headers.map(textOf);
  addClass(table, STACKED_TABLE_CLASS);
  setRole(table, 'table');
  for (const part of elements(table)) {
    const role = ROLES[part.tagName ?? ''];
    if (role) {
      setRole(part, role);
    }
  }
  for (const row of rows) {
    setRole(row, 'row');
    elements(row).forEach((cell, index) => {
      if (row === head) {
        setRole(cell, 'columnheader');
        return;
      }
      setRole(cell, cell.tagName === 'th' ? 'rowheader' : 'cell');
      const label = labels[index];
      if (label) {
        (cell.properties ??= {}).dataLabel = label;
      }
    });
  }
  return true;
}

function visitTables(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'table') {
    stackTable(node);
  }
  node.children?.forEach(visitTables);
}

export default function rehypeStackedTables() {
  return (tree: HastNode): void => {
    visitTables(tree);
  };
}
