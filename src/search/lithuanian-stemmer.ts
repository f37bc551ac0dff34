// cspell:locale en,lt
// cspell:ignore snowballstem savivaldyb
/**
 * A Lithuanian stemmer: our TypeScript implementation of the Snowball Lithuanian algorithm
 * (`algorithms/lithuanian.sbl` in the snowballstem/snowball repository), checked word by word against
 * the Snowball reference vocabulary in `tests/unit/lithuanian-stemmer.test.ts`.
 *
 * The algorithm, on a lower-case word:
 *   1. R1 starts after the first non-vowel that follows a vowel (after a leading `a` in words longer
 *      than six letters, the prefix `a-`); the word's end if there is none.
 *   2. From the end of the word: fix a few endings that would otherwise be cut wrongly (`fix_conflicts`),
 *      delete the longest inflectional ending in R1 (`step1`), turn a final `č`/`dž` back into `t`/`d`,
 *      delete derivational suffixes in R1 as long as there are any (`step2`), `č`/`dž` again, a final
 *      `gd` becomes `g`, and a final apostrophe (`Clarke'as`) goes.
 *   "The longest ending in the list" is Snowball's `among`: of all the listed strings that end the word
 *   (inside R1 where a limit is set), the longest one wins.
 *
 * `stemLithuanianFolded` runs the same algorithm with every suffix table folded (no diacritics), for
 * words typed without diacritics; see `lithuanian-search-key.ts`.
 *
 * Plain module, no Node-only APIs. The suffix tables are compiled once, into tries read from the end of
 * the word, so a call allocates only the strings it returns.
 */
import {foldDiacritics} from './fold';

/** A table of endings, written as lines of space-separated endings. */
function words(lines: readonly string[]): readonly string[] {
  return lines.flatMap((line) => line.split(' '));
}

// cspell:disable
const STEP1 = words([
  // nouns, declension I
  'as ias is ys o io ui iui ą ią į u iu e yje y au i',
  'an ai iai ų ių ams am iams iam us ius ais iais uose iuose',
  'uos iuos uosna iuosna ysna asis aisi osi ųsi uisi ąsi usi esi',
  'uo',
  // declension II
  'a ia os ios oj oje ioje osna iosna om oms ioms omis iomis',
  'ose iose on ion',
  // declension III
  'ė ės ei ę ėj ėje ėms es ėmis ėse ėsna ėn',
  // declension IV
  'aus iaus umi iumi uje iuje iau ūs ums umis un iun',
  // declension V
  'ies ens enio eniui enį imi eniu enyje ie enie enys ims enims',
  'enis imis enimis yse enyse',
  // adjectives
  'iem iems ame iame',
  // verbs: present tense
  'uosi iuosi iesi asi iasi amės iamės at ate iat iate atės iatės',
  'isi im imės it ite ome ot ote',
  // past tense
  'ėjo ėjosi otės eisi ėsi ėm ėme ėmės ėt ėte ėtės',
  // frequentative past tense
  'ausi omės',
  // future tense
  'siu siuosi si siesi s ysis sim sime sit site',
  // subjunctive mood
  'čiau čiausi tum tumei tumeis tumeisi tųsi tumėm tumėme tumėmės tute',
  'tumėt tumėte tumėtės',
  // imperative mood
  'k ki kimės',
  // infinitive
  'uoti iuoti auti iauti oti ioti ėti yti inti inėti enti telėti',
  'terėti ti',
  // participles
  'ąs iąs įs tųs simės sitės kite',
]);

const STEP2 = words([
  // adjective suffixes
  'ing išk ėt ot uot iuot yt iuk iul ėl yl učiuk uliuk utėlait',
  'ok iok sv šv zgan op iop ain ykšt ykšč',
  // degrees of comparison
  'esn aus iaus',
  // pronominal adjectives
  'ias oj ioj aj iaj ąj iąj uoj iuoj iej ųj iųj ies uos iuos',
  'ais iais os ios ąs iąs',
  // frequentative past tense
  'dav',
  // participle suffixes
  'ant iant int ėj ę ėję ęs siant dam',
  'auj jam iau am',
]);

/** Ending → replacement, matched on the whole word before step 1. */
const CONFLICTS: readonly (readonly [string, string])[] = [
  ['aite', 'aitė'],
  ['aitės', 'aitė'],
  ['uotės', 'uotė'],
  ['uote', 'uotė'],
  ['ėjime', 'ėjimas'],
  ['esiu', 'esys'],
  ['asius', 'asys'],
  ['avime', 'avimas'],
  ['ojime', 'ojimas'],
  ['okatės', 'okatė'],
  ['okate', 'okatė'],
];

const CH_DZ: readonly (readonly [string, string])[] = [
  ['č', 't'],
  ['dž', 'd'],
];

const VOWELS = 'aeiyouąęįųėū';
// cspell:enable

/** A trie of endings read from the last letter backwards; `replacement` marks the end of an ending. */
interface SuffixNode {
  readonly next: Map<number, SuffixNode>;
  replacement: string | undefined;
}

function compile(entries: readonly (readonly [string, string])[]): SuffixNode {
  const root: SuffixNode = {next: new Map(), replacement: undefined};
  for (const [ending, replacement] of entries) {
    let node = root;
    for (let i = ending.length - 1; i >= 0; i--) {
      const code = ending.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) {
        child = {next: new Map(), replacement: undefined};
        node.next.set(code, child);
      }
      node = child;
    }
    node.replacement = replacement;
  }
  return root;
}

/** Module-level result slot of `longestEnding`, so that a match allocates nothing. */
let matchedReplacement = '';

/**
 * The length of the longest ending of `word` in `trie` that starts at or after `limit` (0 if none);
 * the ending's replacement is left in `matchedReplacement`.
 */
function longestEnding(word: string, trie: SuffixNode, limit: number): number {
  let node: SuffixNode | undefined = trie;
  let best = 0;
  for (let i = word.length - 1; i >= limit; i--) {
    node = node.next.get(word.charCodeAt(i));
    if (node === undefined) {
      break;
    }
    if (node.replacement !== undefined) {
      best = word.length - i;
      matchedReplacement = node.replacement;
    }
  }
  return best;
}

function replaceEnding(word: string, trie: SuffixNode, limit: number): string {
  const length = longestEnding(word, trie, limit);
  return length === 0 ? word : word.slice(0, word.length - length) + matchedReplacement;
}

interface Tables {
  readonly vowels: ReadonlySet<number>;
  readonly step1: SuffixNode;
  readonly step2: SuffixNode;
  readonly conflicts: SuffixNode;
  readonly chDz: SuffixNode;
  readonly gd: SuffixNode;
}

function tables(fold: (s: string) => string): Tables {
  const deletions = (list: readonly string[]) => compile(list.map((s) => [fold(s), ''] as const));
  const replacements = (list: readonly (readonly [string, string])[]) =>
    compile(list.map(([from, to]) => [fold(from), fold(to)] as const));
  return {
    vowels: new Set(Array.from(fold(VOWELS), (c) => c.charCodeAt(0))),
    step1: deletions(STEP1),
    step2: deletions(STEP2),
    conflicts: replacements(CONFLICTS),
    chDz: replacements(CH_DZ),
    gd: replacements([['gd', 'g']]),
  };
}

/** The start of R1; the word's length if R1 is empty. */
function r1(word: string, vowels: ReadonlySet<number>): number {
  const n = word.length;
  // The prefix a- of words longer than six letters (a-liejus) is skipped.
  let i = n > 6 && word.charCodeAt(0) === 0x61 ? 1 : 0;
  while (i < n && !vowels.has(word.charCodeAt(i))) {
    i++;
  }
  while (i < n && vowels.has(word.charCodeAt(i))) {
    i++;
  }
  return i < n ? i + 1 : n;
}

function stem(word: string, t: Tables): string {
  const p1 = r1(word, t.vowels);
  let w = replaceEnding(word, t.conflicts, 0);
  let length = longestEnding(w, t.step1, p1);
  if (length > 0) {
    w = w.slice(0, w.length - length);
  }
  w = replaceEnding(w, t.chDz, 0);
  while ((length = longestEnding(w, t.step2, p1)) > 0) {
    w = w.slice(0, w.length - length);
  }
  w = replaceEnding(w, t.chDz, 0);
  w = replaceEnding(w, t.gd, 0);
  return w.endsWith("'") ? w.slice(0, -1) : w;
}

const PLAIN = tables((s) => s);
const FOLDED = tables(foldDiacritics);

/** The Snowball Lithuanian stem of a lower-case word: `savivaldybių` → `savivaldyb`. */
export function stemLithuanian(word: string): string {
  return stem(word, PLAIN);
}

/**
 * The same algorithm with all suffix tables without diacritics, for a word typed without them:
 * `savivaldybiu` → `savivaldyb`. Its stems have no diacritics in their endings only if the word has none.
 */
export function stemLithuanianFolded(word: string): string {
  return stem(word, FOLDED);
}
