import type {LoadContext, Plugin} from '@docusaurus/types';
import {releasedEditionsInBuild} from '../../editions/editions';
import type {SearchLocale} from '../../search/analyze';
import {writeSearchIndexes} from '../../search/site-index';

/**
 * After each locale is built, reads its rendered doc pages and writes one search index per edition
 * (`<locale base>/search/<edition>.<hash>.json`) with a manifest. The browser loads an index only
 * when the reader first focuses a search box.
 */
export default function searchPlugin(context: LoadContext): Plugin {
  return {
    name: 'skaidrumo-search',
    postBuild({outDir, baseUrl, routesPaths, i18n}) {
      const locale = i18n.currentLocale as SearchLocale;
      const started = Date.now();
      const manifest = writeSearchIndexes({
        outDir,
        baseUrl,
        locale,
        routes: routesPaths,
        released: releasedEditionsInBuild(context.siteDir),
      });
      const sections = manifest.indexes.map((e) => `${e.edition}: ${e.sections} sections`).join(', ');
      console.log(`[search] ${locale}: ${sections} (${Date.now() - started} ms)`);
    },
  };
}
