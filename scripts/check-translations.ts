/** Usage: tsx scripts/check-translations.ts [siteDir] (see scripts/lib/translations.ts). */
import {resolve} from 'node:path';
import {checkTranslations} from './lib/translations';

const siteDir = resolve(process.argv[2] ?? '.');
const {files, problems} = checkTranslations(siteDir);
if (problems.length > 0) {
  console.error(`Interface translations are incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const keys = files.reduce((sum, file) => sum + file.expected.length, 0);
console.log(`Interface translations: all ${keys} keys in ${files.length} files are translated in lt and en.`);
