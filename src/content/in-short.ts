/**
 * The "in short" box (`:::inshort[Trumpai]` / `:::inshort[In short]`) that opens every chapter of
 * the next edition: three to five points, each linked to a section of the chapter. Pure parsing;
 * the parity check (./parity.ts) decides where a box is required and compares the two languages.
 */
export interface InShortBox {
  /** 1-based line of the opening `:::inshort`. */
  line: number;
  /** Top-level list items of the box, as written (markdown). */
  points: string[];
}

export const IN_SHORT_MIN_POINTS = 3;
export const IN_SHORT_MAX_POINTS = 5;

const OPEN = /^:::inshort(?:\[.*\])?\s*$/;
const CLOSE = /^:::\s*$/;
const ITEM = /^[-*]\s+(.*)$/;
const CONTINUATION = /^\s+\S/;
/** A link to a heading of the same page: `](#section-id)`. */
const SECTION_LINK = /\]\(#([A-Za-z0-9][\w-]*)\)/g;

/** Every `:::inshort` box of an MDX source, in order. An unclosed box runs to the end. */
export function extractInShortBoxes(source: string): InShortBox[] {
  const lines = source.split(/\r?\n/);
  const boxes: InShortBox[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!OPEN.test(lines[i] ?? '')) {
      continue;
    }
    const box: InShortBox = {line: i + 1, points: []};
    for (i++; i < lines.length && !CLOSE.test(lines[i] ?? ''); i++) {
      const line = lines[i] ?? '';
      const item = ITEM.exec(line);
      if (item) {
        box.points.push(item[1] ?? '');
      } else if (CONTINUATION.test(line) && box.points.length > 0) {
        box.points[box.points.length - 1] += ` ${line.trim()}`;
      }
    }
    boxes.push(box);
  }
  return boxes;
}

/**
 * 1-based line of the first content after the front matter and any `import` lines (blank lines
 * skipped), or null when the document has no content.
 */
export function firstContentLine(source: string): number | null {
  const lines = source.split(/\r?\n/);
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    index = end < 0 ? lines.length : end + 1;
  }
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line !== '' && !/^import\s/.test(line)) {
      return index + 1;
    }
  }
  return null;
}

/** The section ids a point links to (`[…](#id)`). */
export function sectionLinks(point: string): string[] {
  return [...point.matchAll(SECTION_LINK)].map((match) => match[1] ?? '');
}

/**
 * Problems with one file's box: missing, not the first thing in the chapter, more than one, too few
 * or too many points, a point without a link to a section, or a link to a heading id the chapter
 * does not have.
 */
export function checkInShortBox(file: string, source: string, headingIds: readonly string[]): string[] {
  const boxes = extractInShortBoxes(source);
  const [box] = boxes;
  if (!box) {
    return [`${file}: no "in short" box (:::inshort) at the top of the chapter`];
  }
  const problems: string[] = [];
  const first = firstContentLine(source);
  if (first !== box.line) {
    problems.push(
      `${file}:${box.line}: the "in short" box must open the chapter, before line ${first ?? box.line}`,
    );
  }
  if (boxes.length > 1) {
    problems.push(`${file}:${boxes[1]?.line ?? box.line}: a second "in short" box; a chapter has one`);
  }
  const count = box.points.length;
  if (count < IN_SHORT_MIN_POINTS || count > IN_SHORT_MAX_POINTS) {
    problems.push(
      `${file}:${box.line}: the "in short" box has ${count} points; it needs ${IN_SHORT_MIN_POINTS} to ${IN_SHORT_MAX_POINTS}`,
    );
  }
  box.points.forEach((point, index) => {
    const links = sectionLinks(point);
    if (links.length === 0) {
      problems.push(
        `${file}:${box.line}: "in short" point ${index + 1} links to no section ([…](#section-id))`,
      );
    }
    for (const id of links.filter((x) => !headingIds.includes(x))) {
      problems.push(
        `${file}:${box.line}: "in short" point ${index + 1} links to #${id}, not a heading of the chapter`,
      );
    }
  });
  return problems;
}

/** The two languages' boxes must have the same number of points linking to the same sections. */
export function compareInShortBoxes(
  ltFile: string,
  ltSource: string,
  enFile: string,
  enSource: string,
): string[] {
  const [lt] = extractInShortBoxes(ltSource);
  const [en] = extractInShortBoxes(enSource);
  if (!lt || !en) {
    return [];
  }
  if (lt.points.length !== en.points.length) {
    return [
      `"in short" boxes differ: ${ltFile}:${lt.line} has ${lt.points.length} points; ${enFile}:${en.line} has ${en.points.length}`,
    ];
  }
  for (let i = 0; i < lt.points.length; i++) {
    const a = sectionLinks(lt.points[i] ?? '').join(', ');
    const b = sectionLinks(en.points[i] ?? '').join(', ');
    if (a !== b) {
      return [
        `"in short" boxes differ at point ${i + 1}: ${ltFile}:${lt.line} links to ${a || 'nothing'}; ${enFile}:${en.line} links to ${b || 'nothing'}`,
      ];
    }
  }
  return [];
}
