/**
 * On the page a search result opens (`?hl=key1+key2#anchor`), mark the words whose index key is one
 * of the keys inside the doc's article, show a small bar to remove the marks, and bring the anchor
 * (or the first mark) into view. The engine is imported only when a page carries `hl`.
 *
 * The text nodes belong to React: each keeps its place (it holds the text before the first match) and
 * the marks and remaining text are inserted after it, so removing them restores the node exactly.
 * Text is only ever set as text (no HTML is built from the URL).
 */
import type {ClientModule} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import {markParts, parseHighlightKeys, withoutHighlightParam} from '@site/src/search/ui-logic';
import styles from './searchHighlight.module.css';

interface Changed {
  node: Text;
  text: string;
  added: Node[];
}

let changed: Changed[] = [];
let bar: HTMLElement | null = null;
/** Bumped on every route update, so that a late engine import does not mark a page left since. */
let generation = 0;

/** Where matches are not marked: code, math, form fields, heading anchors, existing marks. */
const SKIP = 'script, style, noscript, textarea, select, option, mark, svg, .katex, .hash-link';

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeValue?.trim() && !node.parentElement?.closest(SKIP)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
  }
  return nodes;
}

function clearHighlights(): void {
  for (const {node, text, added} of changed) {
    for (const extra of added) {
      extra.parentNode?.removeChild(extra);
    }
    node.nodeValue = text;
  }
  changed = [];
  bar?.remove();
  bar = null;
}

type MatchRanges = (text: string, keys: readonly string[], locale: 'lt' | 'en') => Array<[number, number]>;

function markMatches(root: Element, keys: readonly string[], matchRanges: MatchRanges): HTMLElement[] {
  const locale = document.documentElement.lang.startsWith('en') ? 'en' : 'lt';
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    const text = node.nodeValue ?? '';
    const parts = markParts(text, matchRanges(text, keys, locale));
    if (!parts.some((part) => part.marked)) {
      continue;
    }
    const [first] = parts;
    const keepFirst = first !== undefined && !first.marked;
    node.nodeValue = keepFirst ? first.text : '';
    const added: Node[] = [];
    let after: Node = node;
    for (const part of keepFirst ? parts.slice(1) : parts) {
      let next: Node;
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.dataset.searchHighlight = '';
        mark.textContent = part.text;
        marks.push(mark);
        next = mark;
      } else {
        next = document.createTextNode(part.text);
      }
      after.parentNode?.insertBefore(next, after.nextSibling);
      added.push(next);
      after = next;
    }
    changed.push({node, text, added});
  }
  return marks;
}

function focusMainContent(): void {
  const main = document.querySelector<HTMLElement>('main') ?? document.body;
  main.setAttribute('tabindex', '-1');
  main.focus({preventScroll: true});
  main.addEventListener('blur', () => main.removeAttribute('tabindex'), {once: true});
}

function dismiss(): void {
  const hadFocus = bar?.contains(document.activeElement) ?? false;
  clearHighlights();
  const {pathname, search, hash} = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${withoutHighlightParam(search)}${hash}`);
  if (hadFocus) {
    focusMainContent();
  }
}

function showBar(words: readonly string[]): void {
  const element = document.createElement('div');
  element.className = styles.bar ?? '';
  element.setAttribute('role', 'region');
  element.setAttribute(
    'aria-label',
    translate({
      id: 'search.highlight.region',
      message: 'Paieškos žodžių paryškinimas',
      description: 'Accessible name of the bar shown when search matches are highlighted on a page',
    }),
  );
  element.dataset.searchHighlightBar = '';
  const text = document.createElement('span');
  text.className = styles.words ?? '';
  text.textContent = translate(
    {
      id: 'search.highlight.words',
      message: 'Paryškinta: {words}',
      description: 'Bar on a page opened from search; {words} lists the highlighted words',
    },
    {words: words.join(', ')},
  );
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--sm button--secondary';
  button.textContent = translate({
    id: 'search.highlight.remove',
    message: 'Panaikinti paryškinimą',
    description: 'Button that removes the search highlights from the page',
  });
  button.addEventListener('click', dismiss);
  element.append(text, button);
  document.body.append(element);
  bar = element;
}

function scrollToTarget(hash: string, marks: readonly HTMLElement[]): void {
  const id = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : '';
  const target = id ? document.getElementById(id) : null;
  if (target) {
    target.scrollIntoView({block: 'start'});
  } else {
    marks[0]?.scrollIntoView({block: 'center'});
  }
}

/** The distinct marked words, as they appear on the page, at most `limit` of them. */
function distinctWords(marks: readonly HTMLElement[], limit = 6): string[] {
  const words = [...new Set(marks.map((mark) => (mark.textContent ?? '').toLocaleLowerCase()))];
  return words.length > limit ? [...words.slice(0, limit), '…'] : words;
}

const searchHighlight: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    const current = ++generation;
    const samePage = previousLocation?.pathname === location.pathname;
    const keys = parseHighlightKeys(location.search);
    if (!samePage) {
      // The previous page's nodes are gone with it.
      changed = [];
      bar?.remove();
      bar = null;
    }
    if (keys.length === 0 || (samePage && previousLocation?.search === location.search && bar)) {
      return;
    }
    const root = document.querySelector('article .theme-doc-markdown') ?? document.querySelector('article');
    if (!root) {
      return;
    }
    import('@site/src/search/engine')
      .then(({matchRanges}) => {
        if (current !== generation) {
          return;
        }
        clearHighlights();
        const marks = markMatches(root, keys, matchRanges);
        if (marks.length > 0) {
          showBar(distinctWords(marks));
        }
        scrollToTarget(location.hash, marks);
      })
      .catch((error: unknown) => {
        console.warn('Search highlighting is unavailable:', error);
      });
  },
};

export default searchHighlight;
