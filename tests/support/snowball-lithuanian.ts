/**
 * The Snowball Lithuanian reference vocabulary: 86,109 words of the Lithuanian Wikipedia and, line by
 * line, the stems the reference Snowball stemmer gives them. It lives outside the repository, in
 * ../shared/data/snowball-lithuanian/ (from snowballstem/snowball-data, folder lithuanian/).
 */
// cspell:ignore snowballstem
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const VOCABULARY_DIR = fileURLToPath(new URL('../../../shared/data/snowball-lithuanian/', import.meta.url));

function readLines(file: string): string[] {
  const path = join(VOCABULARY_DIR, file);
  if (!existsSync(path)) {
    throw new Error(
      `The Snowball Lithuanian reference vocabulary is missing: ${path} not found ` +
        '(expected voc.txt and output.txt from snowballstem/snowball-data, folder lithuanian/).',
    );
  }
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
}

export interface SnowballVocabulary {
  readonly words: readonly string[];
  /** `stems[i]` is the reference stem of `words[i]`. */
  readonly stems: readonly string[];
}

let cached: SnowballVocabulary | undefined;

export function snowballLithuanian(): SnowballVocabulary {
  if (cached === undefined) {
    const words = readLines('voc.txt');
    const stems = readLines('output.txt');
    if (words.length !== stems.length) {
      throw new Error(
        `voc.txt has ${words.length} lines but output.txt ${stems.length} in ${VOCABULARY_DIR}`,
      );
    }
    cached = {words, stems};
  }
  return cached;
}
