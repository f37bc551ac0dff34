import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {bookContents, type BookContentsData} from '../../book/contents';
import {docFile} from '../../content/parity';
import {allEditions, editionDocsDirs, releasedEditionsInBuild} from '../../editions/editions';

/** Name of the generated module the home page imports (src/components/BookContents). */
export const CONTENTS_MODULE = 'contents.json';

/**
 * Writes the contents of every edition in the language being built (titles and `##` sections)
 * to a generated module that only the home page imports, so no other page carries it.
 */
export default function contentsPlugin(context: LoadContext): Plugin<BookContentsData> {
  const released = releasedEditionsInBuild(context.siteDir);
  const locale = context.i18n.currentLocale === 'en' ? 'en' : 'lt';
  return {
    name: 'skaidrumo-contents',
    getPathsToWatch() {
      return ['docs/*.mdx', 'versioned_docs/*/*.mdx', 'i18n/en/docusaurus-plugin-content-docs/*/*.mdx'].map(
        (p) => join(context.siteDir, p),
      );
    },
    loadContent() {
      const editions: BookContentsData['editions'] = {};
      for (const edition of allEditions(released)) {
        const dir = join(context.siteDir, editionDocsDirs(edition.name)[locale]);
        editions[edition.name] = bookContents((id) => {
          const file = docFile(dir, id);
          return file ? readFileSync(file, 'utf8') : null;
        });
      }
      return {editions};
    },
    async contentLoaded({content, actions}) {
      await actions.createData(CONTENTS_MODULE, JSON.stringify(content));
    },
  };
}
