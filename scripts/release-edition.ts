/**
 * Releases the edition in preparation as edition <year>:
 *   npm run release-edition -- 2026
 * 1. `docusaurus docs:version <year>` snapshots docs/ (text and checklist data) and the sidebar;
 * 2. the English text of the draft is copied as the English text of the edition;
 * 3. `docusaurus write-translations` adds the edition's interface labels for both locales;
 * 4. the English labels are set ("<year> edition", the sidebar's English category names);
 * 5. the edition's errata list is started, empty, with the edition's content hash.
 * The draft (docs/) stays as the next edition, served at /docs/next/.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {errataFile, updateErrataHash} from '../src/content/errata';
import {editionDocsDirs, readReleasedEditions} from '../src/editions/editions';
import {DOCUSAURUS_BIN} from './lib/site-copy';

const siteDir = resolve('.');
const year = process.argv[2] ?? '';
if (!/^\d{4}$/.test(year)) {
  console.error('Usage: npm run release-edition -- <year>   (for example 2026)');
  process.exit(1);
}
if (readReleasedEditions(siteDir).includes(year)) {
  console.error(`Edition ${year} is already released (versions.json).`);
  process.exit(1);
}

const run = (...args: string[]) =>
  execFileSync(process.execPath, [DOCUSAURUS_BIN, ...args], {cwd: siteDir, stdio: 'inherit'});

run('docs:version', year);
const draft = editionDocsDirs('current');
const released = editionDocsDirs(year);
cpSync(join(siteDir, draft.en), join(siteDir, released.en), {recursive: true});
run('write-translations', '--locale', 'lt');
run('write-translations', '--locale', 'en');

type TranslationFile = Record<string, {message: string; description?: string}>;
const readJson = (file: string): TranslationFile => JSON.parse(readFileSync(file, 'utf8')) as TranslationFile;
const enDraft = join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current.json');
const enRelease = join(siteDir, `i18n/en/docusaurus-plugin-content-docs/version-${year}.json`);
if (!existsSync(enRelease)) {
  throw new Error(`write-translations did not create ${enRelease}`);
}
const draftLabels = readJson(enDraft);
const labels = readJson(enRelease);
for (const [key, value] of Object.entries(labels)) {
  if (key === 'version.label') {
    value.message = `${year} edition`;
  } else if (draftLabels[key]) {
    value.message = draftLabels[key].message;
  }
}
writeFileSync(enRelease, `${JSON.stringify(labels, null, 2)}\n`);
writeFileSync(
  join(siteDir, errataFile(year)),
  `# Corrections to the released ${year} edition; see CONTRIBUTING.md ("Correcting a released edition").\nedition: '${year}'\ncontentHash: pending\nentries: []\n`,
);
console.log(
  `Add a "### Šio leidimo pataisos {#errata}" section with <Errata /> to the edition's about page in both languages, then run npm run errata:hash -- ${year}.`,
);
updateErrataHash(siteDir, year);
console.log(`Edition ${year} released. Run npm test before committing.`);
