/**
 * The project's extra spelling words (`cspell-words.txt`) must each be needed: a word that no longer
 * occurs in any file the spelling check reads is removed, so that the list stays a reviewed list and
 * not a drawer of old exceptions. Words are matched whole and case-insensitively, as cspell does.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {parse as parseYaml} from 'yaml';

/** The words of a cspell words file: one a line, `#` comments and blank lines skipped. */
export function readWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

/** A cspell `files` glob (`**`, `*`, `?`, `{a,b}`) as a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      source += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&'))
        .join('|')})`;
      i = end;
    } else {
      source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

interface SpellConfig {
  files: string[];
  ignorePaths: string[];
}

function readSpellConfig(siteDir: string): SpellConfig {
  const data = parseYaml(readFileSync(join(siteDir, 'cspell.config.yaml'), 'utf8')) as Partial<SpellConfig>;
  return {files: data.files ?? [], ignorePaths: data.ignorePaths ?? []};
}

/** The files the spelling check reads (the `files` globs of cspell.config.yaml), relative and sorted. */
export function spellCheckedFiles(siteDir: string): string[] {
  const {files, ignorePaths} = readSpellConfig(siteDir);
  const patterns = files.map(globToRegExp);
  const ignored = new Set(ignorePaths);
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (ignored.has(entry.name) || entry.name.startsWith('.')) {
        continue;
      }
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else {
        const path = relative(siteDir, full).split('\\').join('/');
        if (patterns.some((pattern) => pattern.test(path))) {
          found.push(path);
        }
      }
    }
  };
  if (existsSync(siteDir)) {
    walk(siteDir);
  }
  return found.sort();
}

/** The listed words that occur in none of the texts, compared whole and case-insensitively. */
export function unusedWords(words: readonly string[], texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of text.toLocaleLowerCase('lt').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
      seen.add(token);
    }
  }
  return words.filter((word) => !seen.has(word.toLocaleLowerCase('lt')));
}
