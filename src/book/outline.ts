/**
 * The book's order and doc ids (../shared/design/OUTLINE.md). Ids never change once an edition
 * is released: links, search results, checklist item ids and saved assessments depend on them.
 * The sidebar is built from this list; a chapter appears as soon as its file exists.
 */
export const INTRODUCTION = ['about'] as const;

export const CHAPTERS = [
  'transparency-in-welfare',
  'legal-framework',
  'anti-corruption-environment',
  'corruption-risk',
  'conflicts-of-interest',
  'staff-selection',
  'social-services',
  'education-admissions',
  'informal-payments',
  'public-procurement',
  'budget-and-grants',
  'property-and-resources',
  'access-to-information',
  'whistleblowing',
  'lobbying-and-decision-making',
  'elected-members',
  'oversight-and-audit',
  'social-clustering',
  'norwegian-practice',
  'monitoring-and-improvement',
] as const;

export const ANNEXES = ['glossary', 'legal-acts', 'what-changed'] as const;

export const BOOK_ORDER: readonly string[] = [...INTRODUCTION, ...CHAPTERS, ...ANNEXES];

/** Every doc id of the book. */
export type BookDocId = (typeof INTRODUCTION)[number] | (typeof CHAPTERS)[number] | (typeof ANNEXES)[number];

/**
 * The parts of the book as the home page shows them: the introduction and the foundations, the
 * areas of work, oversight and improvement, and the annexes. Each part is a run of BOOK_ORDER,
 * so reading the parts in order reads the book in order (checked by the unit tests).
 */
export const BOOK_PARTS = [
  {
    key: 'foundations',
    ids: [
      'about',
      'transparency-in-welfare',
      'legal-framework',
      'anti-corruption-environment',
      'corruption-risk',
      'conflicts-of-interest',
    ],
  },
  {
    key: 'areas',
    ids: [
      'staff-selection',
      'social-services',
      'education-admissions',
      'informal-payments',
      'public-procurement',
      'budget-and-grants',
      'property-and-resources',
      'access-to-information',
      'whistleblowing',
      'lobbying-and-decision-making',
      'elected-members',
    ],
  },
  {
    key: 'oversight',
    ids: ['oversight-and-audit', 'social-clustering', 'norwegian-practice', 'monitoring-and-improvement'],
  },
  {key: 'annexes', ids: ANNEXES},
] as const satisfies readonly {key: string; ids: readonly BookDocId[]}[];

export type BookPartKey = (typeof BOOK_PARTS)[number]['key'];
