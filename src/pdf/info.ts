/**
 * Chromium writes only the title into a PDF's document information. This appends an incremental
 * update (PDF 1.7, 7.5.6) with a complete information dictionary: a new object, an xref section
 * for it and a trailer pointing at the previous one. The original bytes stay as they are.
 */

export interface DocumentInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords: string;
  Creator: string;
}

/** A PDF text string: UTF-16BE with a byte order mark, as a hex string. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) {
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** `D:YYYYMMDDHHmmSSZ` */
export function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** Returns the PDF with `info` as its document information dictionary. */
export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo, date: Date): Uint8Array {
  const text = latin1(pdf);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailerAt = text.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) {
    throw new Error('not a PDF with a classic cross-reference table and trailer');
  }
  const trailer = text.slice(trailerAt, startxref.index);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!Number.isInteger(size) || size <= 0 || !root) {
    throw new Error('the PDF trailer has no /Size or /Root');
  }
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const fields = Object.entries(info)
    .map(([key, value]) => `/${key} ${pdfTextString(value)}`)
    .join('\n');
  const object = `${size} 0 obj\n<<${fields}\n/CreationDate ${pdfDate(date)}\n/ModDate ${pdfDate(date)}>>\nendobj\n`;
  const separator = text.endsWith('\n') ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const xrefOffset = objectOffset + object.length;
  const update =
    `${separator}${object}xref\n${size} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${startxref[1]}` +
    `${id ? `\n/ID ${id}` : ''}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const tail = new TextEncoder().encode(update);
  const out = new Uint8Array(pdf.length + tail.length);
  out.set(pdf, 0);
  out.set(tail, pdf.length);
  return out;
}
