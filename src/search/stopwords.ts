// cspell:locale en-GB,lt
/**
 * Lithuanian stop words for search: function words only (conjunctions, prepositions, particles, pronouns
 * and the forms of `būti`), never content words. Each is also in the set without diacritics (`dėl` and
 * `del`), so a token can be checked before or after folding.
 *
 * Left out on purpose: `taip` and `ne`, which are also the self-assessment answers `Taip` and `Ne`, stay
 * searchable (a frequent word costs the index little), and so does `nė`, which is `ne` once folded.
 * `Iš dalies` is found by `dalies`.
 *
 * Plain module, no Node-only APIs.
 */
import {foldDiacritics} from './fold';

const WORDS = [
  // conjunctions
  'ir bei o bet tačiau arba ar nei nes kad jog jei jeigu kai kol nors negu lyg tarsi tai',
  // prepositions
  'į iš per prie apie už ant po nuo iki dėl su be pas tarp prieš pagal virš ties link anot',
  // particles and adverbs with no meaning of their own
  'tik dar jau net pat gi juk vis kaip kur kas ką kam kuo ko kieno kada kodėl čia ten',
  // personal and reflexive pronouns
  'aš tu mes jūs jis ji jie jos jo jų jam jai jiems joms jį ją juos jas juo ja jais jomis',
  'mane tave mus jus man tau mums jums manęs tavęs mūsų jūsų savo save savęs sau',
  // demonstratives
  'tas ta tie tos to tam tą tuo tų tiems toms tuos tomis tais',
  'šis ši šie šios šio šiam šiai šį šią šiuo šia šių šiems šioms šiuos šias',
  // relative and interrogative pronouns
  'kuris kuri kurie kurios kurio kuriam kuriai kurį kurią kuriuo kuria kurių kuriems kurioms kuriuos',
  'kurias kuriame kurioje kuriais kuriomis',
  // būti (to be)
  'būti yra buvo bus būtų esu esi esame esate nėra buvau buvome buvote',
].flatMap((line) => line.split(' '));

/** The stop words, lower case, each with and without diacritics. */
export const LITHUANIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  WORDS.flatMap((w) => [w, foldDiacritics(w)]),
);

/** Whether a token (any case, with or without diacritics) is a Lithuanian stop word. */
export function isLithuanianStopWord(token: string): boolean {
  return LITHUANIAN_STOP_WORDS.has(token.toLowerCase());
}
