/**
 * Fails when cspell-words.txt lists a word that no file of the spelling check contains (whole word,
 * any case). Run by `npm run spell` after cspell itself.
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {readWordList, spellCheckedFiles, unusedWords} from '../src/content/spelling-words';

const siteDir = resolve('.');
const words = readWordList(readFileSync(join(siteDir, 'cspell-words.txt'), 'utf8'));
const files = spellCheckedFiles(siteDir);
const unused = unusedWords(
  words,
  files.map((file) => readFileSync(join(siteDir, file), 'utf8')),
);
if (unused.length > 0) {
  console.error(
    `cspell-words.txt: ${unused.length} word(s) used in none of the ${files.length} checked files; remove them:\n${unused.map((w) => `  ${w}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`cspell-words.txt: all ${words.length} words are used in the ${files.length} checked files.`);
