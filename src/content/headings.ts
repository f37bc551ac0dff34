/** Headings of an MDX document as the parity check and the checklist validation see them. */
export interface Heading {
  level: number;
  text: string;
  /** Explicit id from `{#id}`, or null when the heading has none. */
  id: string | null;
  line: number;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*$/;
const EXPLICIT_ID = /\s*\{#([A-Za-z0-9][\w-]*)\}$/;
const FENCE = /^(\s*)(`{3,}|~{3,})/;

/** Markdown headings outside front matter and fenced code blocks. */
export function extractHeadings(source: string): Heading[] {
  const lines = source.split(/\r?\n/);
  const headings: Heading[] = [];
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    index = end < 0 ? lines.length : end + 1;
  }
  let fence: string | null = null;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[2] ?? '';
      if (fence === null) {
        fence = marker;
      } else if (marker.startsWith(fence)) {
        fence = null;
      }
      continue;
    }
    if (fence !== null) {
      continue;
    }
    const match = HEADING.exec(line);
    if (!match) {
      continue;
    }
    const raw = match[2] ?? '';
    const idMatch = EXPLICIT_ID.exec(raw);
    headings.push({
      level: (match[1] ?? '').length,
      text: idMatch ? raw.slice(0, idMatch.index) : raw,
      id: idMatch ? (idMatch[1] ?? null) : null,
      line: index + 1,
    });
  }
  return headings;
}

/** Front matter `title:` of an MDX document, if any (plain one-line YAML value). */
export function frontMatterTitle(source: string): string | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const title = match?.[1]?.match(/^title:\s*(.+)$/m)?.[1]?.trim();
  return title ? title.replace(/^(['"])(.*)\1$/, '$2') : null;
}
