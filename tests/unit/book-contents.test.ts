import {describe, expect, it} from 'vitest';
import {bookContents, plainText} from '../../src/book/contents';
import {BOOK_ORDER, BOOK_PARTS} from '../../src/book/outline';

describe('the parts of the book', () => {
  it('read in order, read the whole book in order, each doc once', () => {
    expect(BOOK_PARTS.flatMap((part) => part.ids)).toEqual(BOOK_ORDER);
  });
});

describe('book contents', () => {
  const sources: Record<string, string> = {
    about: '---\ntitle: Apie vadovą\n---\n\n## Kam skirtas {#for-whom}\n\n### Smulkiau {#more}\n',
    'conflicts-of-interest':
      '---\ntitle: "Interesai: *dovanos*"\n---\n\n## Dovanos {#gifts}\n\n```\n## not a heading {#code}\n```\n\n## Be id\n\n## Atvirumas: *offentleglova* ir [TAR](https://e-tar.lt) {#openness}\n',
    glossary: '## Terminai {#terms}\n',
  };
  const parts = bookContents((id) => sources[id] ?? null);

  it('keeps only the parts and docs the edition has, in book order', () => {
    expect(parts.map((p) => [p.key, p.docs.map((d) => d.id)])).toEqual([
      ['foundations', ['about', 'conflicts-of-interest']],
      ['annexes', ['glossary']],
    ]);
  });

  it("lists each doc's second-level sections with explicit ids, as plain text", () => {
    const docs = parts.flatMap((p) => p.docs);
    expect(docs[0]).toEqual({
      id: 'about',
      title: 'Apie vadovą',
      sections: [{id: 'for-whom', title: 'Kam skirtas'}],
    });
    expect(docs[1]?.title).toBe('Interesai: dovanos');
    expect(docs[1]?.sections).toEqual([
      {id: 'gifts', title: 'Dovanos'},
      {id: 'openness', title: 'Atvirumas: offentleglova ir TAR'},
    ]);
    expect(docs[2]?.title).toBe('glossary');
  });

  it('strips inline markdown from heading text', () => {
    expect(plainText('**Svarbu** ir `kodas`, _pavyzdys_  ir [nuoroda](#x)')).toBe(
      'Svarbu ir kodas, pavyzdys ir nuoroda',
    );
  });
});
