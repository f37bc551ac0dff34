/**
 * The corrections made to a released edition, as the PDF's imprint lists them: one line each, the
 * date, the chapter and the corrected section as a cross-reference (which prints its page). The
 * entries, with what the text said and says now, are the edition's errata file
 * (`loadErrata` in src/content/errata.ts), which the about page, in the book too, shows in full.
 */
import {formatErrataDate, type ErrataEntry} from '../content/errata';
import type {Locale} from '../assessment/checklist';
import {AssemblyError, bookAnchor, escapeHtml} from './assemble';

export interface CorrectedPart {
  id: string;
  /** HTML */
  title: string;
  /** HTML, with the book's ids (see ./assemble). */
  body: string;
}

/** The inner HTML of the heading with id `id` in `body`, or null. */
function headingHtml(body: string, id: string): string | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<h([1-6])\\b[^>]*\\sid="${escaped}"[^>]*>([\\s\\S]*?)</h\\1>`).exec(body);
  return match ? (match[2] ?? '').trim() : null;
}

/** The imprint's lines (HTML), oldest first. A chapter or section the book lacks is an error. */
export function correctionLines(
  entries: readonly ErrataEntry[],
  locale: Locale,
  parts: readonly CorrectedPart[],
): string[] {
  return [...entries]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((entry) => {
      const part = parts.find((p) => p.id === entry.chapter);
      const anchor = bookAnchor(entry.chapter, entry.section);
      const heading = part ? headingHtml(part.body, anchor) : null;
      if (!part || heading === null) {
        throw new AssemblyError(
          `a correction of ${entry.date} names ${entry.chapter}#${entry.section}, which the book (${locale}) lacks`,
        );
      }
      return (
        `${escapeHtml(formatErrataDate(entry.date, locale))} · ${part.title}: ` +
        `<a href="#${anchor}" class="xref">${heading}</a>`
      );
    });
}
