/**
 * A smaller serialization of a lunr index. lunr's own JSON stores every posting twice (the inverted
 * index lists the sections of each term per field; the field vectors list the terms of each section
 * per field) with full float precision. Here only the terms and the field vectors are kept, weights
 * rounded to three decimals, and the inverted index is rebuilt from the vectors when the browser
 * loads the index: about half the bytes for the same results.
 */

interface LunrJson {
  version: string;
  fields: string[];
  fieldVectors: Array<[string, number[]]>;
  invertedIndex: Array<[string, Record<string, unknown>]>;
  pipeline: string[];
}

export interface CompactLunr {
  version: string;
  fields: string[];
  /** Terms by lunr's term index (`_index`). */
  terms: string[];
  /** Per field, per section ref (0, 1, …): `[termIndex, weight, termIndex, weight, …]`. */
  vectors: number[][][];
  /** The search pipeline's registered functions (none for our indexes: queries arrive as keys). */
  pipeline: string[];
}

function refOrder(a: string, b: string): number {
  return Number(a) - Number(b);
}

export function compactLunr(json: object): CompactLunr {
  const index = json as LunrJson;
  const terms: string[] = [];
  for (const [term, posting] of index.invertedIndex) {
    terms[posting._index as number] = term;
  }
  const byField = new Map<string, Map<string, number[]>>(index.fields.map((f) => [f, new Map()]));
  for (const [fieldRef, elements] of index.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldRef.slice(0, slash);
    byField.get(field)?.set(
      fieldRef.slice(slash + 1),
      elements.map((value, i) => (i % 2 === 0 ? value : Math.round(value * 1000) / 1000)),
    );
  }
  const vectors = index.fields.map((field) => {
    const refs = byField.get(field) ?? new Map<string, number[]>();
    const ordered = Array.from(refs.keys()).sort(refOrder);
    ordered.forEach((ref, position) => {
      if (Number(ref) !== position) throw new Error(`Search index: section refs must be 0…n, found ${ref}.`);
    });
    return ordered.map((ref) => refs.get(ref) ?? []);
  });
  return {version: index.version, fields: index.fields, terms, vectors, pipeline: index.pipeline};
}

/** lunr's own JSON again, for `lunr.Index.load`. */
export function expandLunr(compact: CompactLunr): object {
  const postings = compact.terms.map((_, termIndex) => {
    const posting: Record<string, unknown> = {_index: termIndex};
    for (const field of compact.fields) posting[field] = {};
    return posting;
  });
  const fieldVectors: Array<[string, number[]]> = [];
  compact.fields.forEach((field, f) => {
    (compact.vectors[f] ?? []).forEach((elements, ref) => {
      fieldVectors.push([`${field}/${ref}`, elements]);
      for (let i = 0; i < elements.length; i += 2) {
        const posting = postings[elements[i] ?? -1];
        if (posting) (posting[field] as Record<string, object>)[String(ref)] = {};
      }
    });
  });
  const invertedIndex = compact.terms
    .map((term, i): [string, Record<string, unknown>] => [term, postings[i] ?? {}])
    // lunr builds its token set from terms in this (code unit) order.
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    version: compact.version,
    fields: compact.fields,
    fieldVectors,
    invertedIndex,
    pipeline: compact.pipeline,
  };
}
