/**
 * Legal acts cited by the chapters, recognised by their identifiers: Seimas acts by register
 * number (IX-904), EU acts by year and number (2016/679), Norwegian acts by their Lovdata id
 * (LOV-2018-06-22-83), Government resolutions, ministerial and agency orders by "Nr./No" and
 * number. The annex of legal acts must list every identifier a chapter cites.
 */
const PATTERNS: {kind: string; pattern: RegExp; normalize: (m: RegExpMatchArray) => string}[] = [
  {
    kind: 'Seimas act',
    pattern: /(?<![\w-])(?:XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)-\d{1,5}(?![\w-])/g,
    normalize: (m) => m[0],
  },
  {
    kind: 'EU act',
    pattern:
      /\((?:ES|EU|EB|EC)\)\s?(?:Nr\.\s?|No\.?\s)?(\d{4}\/\d{1,4})(?![\d/])|(?<![\d/])(\d{4}\/\d{1,4})\/(?:ES|EU|EB|EC|EEB|EEC)\b/g,
    normalize: (m) => m[1] ?? m[2] ?? m[0],
  },
  {
    kind: 'Norwegian act',
    pattern: /\bLOV-\d{4}-\d{2}-\d{2}-\d+\b/g,
    normalize: (m) => m[0],
  },
  {
    kind: 'Government resolution',
    pattern: /(?:nutarim\w*|[Rr]esolution)\s+(?:Nr\.|No\.?)\s*(\d{1,4})\b/g,
    normalize: (m) => `Nr. ${m[1]}`,
  },
  {
    kind: 'order',
    pattern: /(?:Nr\.|No\.?)\s*((?:1K|1S|KS|A1|APDE|[1-9])-\d{1,4})(?![\w-])/g,
    normalize: (m) => m[1] ?? m[0],
  },
];

export interface CitedAct {
  kind: string;
  id: string;
}

/** Identifiers of the legal acts a text cites, normalised (e.g. "IX-904", "2016/679", "Nr. 1133"). */
export function citedActs(text: string): CitedAct[] {
  const found = new Map<string, CitedAct>();
  for (const {kind, pattern, normalize} of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const id = normalize(match);
      found.set(`${kind}:${id}`, {kind, id});
    }
  }
  return Array.from(found.values());
}

/** Acts a chapter cites that the annex does not list. */
export function missingFromAnnex(chapterText: string, annexText: string): CitedAct[] {
  const listed = new Set(citedActs(annexText).map((a) => `${a.kind}:${a.id}`));
  return citedActs(chapterText).filter((a) => !listed.has(`${a.kind}:${a.id}`));
}
