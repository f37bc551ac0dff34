/**
 * Edition names that both the build and the browser need (editions.ts reads files, so pages
 * import these from here).
 */

/** The Docusaurus version name of the edition being prepared. */
export const CURRENT_EDITION = 'current';

/** The draft edition always lives at `/docs/next/`, so its URLs never move. */
export const DRAFT_EDITION_PATH = 'next';

/** The draft edition's label in the default locale (Lithuanian); English comes from i18n. */
export const DRAFT_EDITION_LABEL = 'Rengiamas leidimas';

export function releasedEditionLabel(name: string): string {
  return `${name} m. leidimas`;
}
