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
