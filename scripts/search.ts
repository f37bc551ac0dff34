/**
 * Search the built site from the command line, with the same engine and indexes as the browser:
 *   npm run search -- --locale lt --edition 2026 "kaip pranešti apie korupciją"
 * prints the top 10 results, one JSON object a line, best first.
 */
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {defaultEdition, readReleasedEditions} from '../src/editions/editions';
import {SearchIndex} from '../src/search/engine';
import {readBuiltIndex} from '../src/search/site-index';

const root = join(__dirname, '..');
const {values, positionals} = parseArgs({
  options: {
    locale: {type: 'string', default: 'lt'},
    edition: {type: 'string'},
    limit: {type: 'string', default: '10'},
    build: {type: 'string', default: join(root, 'build')},
  },
  allowPositionals: true,
});

const locale = values.locale;
if (locale !== 'lt' && locale !== 'en') {
  console.error(`--locale must be lt or en, not "${locale}".`);
  process.exit(2);
}
const query = positionals.join(' ').trim();
if (!query) {
  console.error('Usage: npm run search -- --locale lt|en --edition 2026|current "query"');
  process.exit(2);
}
const edition = values.edition ?? defaultEdition(readReleasedEditions(root));
const localeDir = locale === 'lt' ? values.build : join(values.build, locale);
try {
  const index = SearchIndex.load(readBuiltIndex(localeDir, edition));
  for (const result of index.search(query, {limit: Number(values.limit), complete: true})) {
    const {doc, anchor, title, heading, kind, score, url} = result;
    console.log(JSON.stringify({doc, anchor, title, heading, kind, score, url}));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
