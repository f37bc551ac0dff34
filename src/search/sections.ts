/**
 * A rendered doc page (the HTML Docusaurus wrote to `build/`) split into the sections a reader can
 * land on: the top of the page (title and lead), every `##`/`###` heading with an id, and every
 * checklist item (a `<fieldset data-item>` with its question, guidance and evidence). Working on the
 * rendered page means MDX components, tables, boxes and checklist items are searched as the reader
 * sees them.
 */
import {Parser} from 'htmlparser2';

export type SectionKind = 'page' | 'section' | 'item';

export interface PageSection {
  kind: SectionKind;
  /** Heading id or checklist item id; '' for the top of the page. */
  anchor: string;
  /** The section heading or the checklist question; '' for the top of the page. */
  heading: string;
  /** For a `###` section, its `##` heading (context for ranking); '' otherwise. */
  parent: string;
  text: string;
}

export interface ParsedPage {
  title: string;
  sections: PageSection[];
}

/** Elements whose text is not part of the reading text. */
const SKIPPED = new Set([
  'script',
  'style',
  'svg',
  'button',
  'nav',
  'noscript',
  'template',
  'input',
  'textarea',
  'select',
]);
/** Elements that do not separate words (everything else gets a space at its edges). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'code',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'kbd',
  'var',
  'cite',
  'dfn',
  'time',
  'bdi',
]);

function hasClass(attributes: Record<string, string>, prefix: string): boolean {
  return (attributes.class ?? '')
    .split(/\s+/)
    .some((name) => name === prefix || name.startsWith(`${prefix}_`));
}

function squeeze(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

export function parseDocPage(html: string): ParsedPage {
  let title = '';
  const sections: PageSection[] = [];
  let current: PageSection = {kind: 'page', anchor: '', heading: '', parent: '', text: ''};
  let lastH2 = '';
  let inArticle = 0;
  // Stack of open elements: [tag, role] where role says how text inside is treated.
  type Role = 'normal' | 'skip' | 'h1' | 'heading' | 'checklist' | 'item' | 'legend' | 'details' | 'summary';
  const stack: Array<{tag: string; role: Role}> = [];
  let buffer = '';
  let headingText = '';
  let item: PageSection | null = null;
  // Checklist items follow the section they sit in.
  let items: PageSection[] = [];

  const role = (): Role => {
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const r = stack[i]?.role ?? 'normal';
      if (r !== 'normal') return r;
    }
    return 'normal';
  };
  const inside = (wanted: Role): boolean => stack.some((entry) => entry.role === wanted);
  const close = () => {
    current.text = squeeze(current.text + buffer);
    buffer = '';
    sections.push(current, ...items);
    items = [];
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === 'article') inArticle += 1;
        if (!inArticle) {
          stack.push({tag, role: 'normal'});
          return;
        }
        let r: Role = 'normal';
        const outer = role();
        if (
          outer === 'skip' ||
          SKIPPED.has(tag) ||
          hasClass(attributes, 'hash-link') ||
          hasClass(attributes, 'katex') ||
          hasClass(attributes, 'theme-doc-version-badge') ||
          hasClass(attributes, 'theme-doc-toc-mobile') ||
          hasClass(attributes, 'theme-doc-breadcrumbs')
        ) {
          r = 'skip';
        } else if (tag === 'h1') {
          r = 'h1';
        } else if ((tag === 'h2' || tag === 'h3') && attributes.id && !inside('checklist')) {
          close();
          current = {
            kind: 'section',
            anchor: attributes.id,
            heading: '',
            parent: tag === 'h3' ? lastH2 : '',
            text: '',
          };
          headingText = '';
          r = 'heading';
        } else if (tag === 'section' && attributes['data-chapter'] !== undefined) {
          r = 'checklist';
        } else if (tag === 'fieldset' && attributes['data-item'] !== undefined) {
          item = {
            kind: 'item',
            anchor: attributes.id ?? attributes['data-item'] ?? '',
            heading: '',
            parent: current.heading,
            text: '',
          };
          r = 'item';
        } else if (item && tag === 'legend') {
          r = 'legend';
        } else if (item && tag === 'details') {
          r = 'details';
        } else if (item && tag === 'summary') {
          r = 'skip';
        }
        if (!INLINE.has(tag)) buffer += ' ';
        stack.push({tag, role: r});
      },
      ontext(text) {
        if (!inArticle) return;
        const r = role();
        if (r === 'skip') return;
        if (r === 'h1') {
          title += text;
        } else if (r === 'heading') {
          headingText += text;
        } else if (item && r === 'legend') {
          item.heading += text;
        } else if (item && (r === 'details' || inside('details'))) {
          item.text += text;
        } else if (r === 'normal') {
          buffer += text;
        }
        // Other text in a checklist (counts, answer labels, field labels) is interface, not content.
      },
      onclosetag(tag) {
        const entry = stack.pop();
        if (!inArticle) return;
        if (tag === 'article') inArticle -= 1;
        if (!INLINE.has(tag)) {
          if (item && inside('details')) item.text += ' ';
          else buffer += ' ';
        }
        if (entry?.role === 'heading') {
          current.heading = squeeze(headingText);
          if (tag === 'h2') lastH2 = current.heading;
        } else if (entry?.role === 'item' && item) {
          items.push({...item, heading: squeeze(item.heading), text: squeeze(item.text)});
          item = null;
        }
      },
    },
    {decodeEntities: true},
  );
  parser.write(html);
  parser.end();
  close();
  return {
    title: squeeze(title),
    sections: sections.filter((s) => s.kind !== 'section' || s.heading || s.text),
  };
}
