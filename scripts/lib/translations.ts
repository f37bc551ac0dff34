/**
 * Regenerates every interface key with `docusaurus write-translations --override` in a throw-away
 * copy of the site and checks the project's i18n files against it (src/content/translations.ts).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {
  compareTranslations,
  parseTranslationFile,
  type FileMessages,
  type Messages,
} from '../../src/content/translations';
import {copySite, DOCUSAURUS_BIN} from './site-copy';

const LOCALES = ['lt', 'en'] as const;

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return jsonFiles(path);
    }
    return name.endsWith('.json') ? [path] : [];
  });
}

function readMessages(file: string): FileMessages['lt'] {
  return existsSync(file) ? parseTranslationFile(readFileSync(file, 'utf8')) : null;
}

/** Every translation file write-translations generates, with the keys it expects and ours. */
export function collectTranslationFiles(siteDir: string): FileMessages[] {
  const copy = copySite(siteDir);
  try {
    const expected = new Map<string, Set<string>>();
    const sourceLt = new Map<string, Messages>();
    for (const locale of LOCALES) {
      execFileSync(
        process.execPath,
        [DOCUSAURUS_BIN, 'write-translations', copy.dir, '--locale', locale, '--override'],
        {cwd: copy.dir, stdio: 'pipe', env: {...process.env, FORCE_COLOR: '0'}},
      );
      const root = join(copy.dir, 'i18n', locale);
      for (const file of jsonFiles(root)) {
        const name = relative(root, file);
        const keys = expected.get(name) ?? new Set<string>();
        const messages = parseTranslationFile(readFileSync(file, 'utf8'));
        Object.keys(messages).forEach((k) => keys.add(k));
        expected.set(name, keys);
        if (locale === 'lt') {
          sourceLt.set(name, messages);
        }
      }
    }
    return [...expected].map(([file, keys]) => ({
      file,
      expected: [...keys].sort(),
      sourceLt: sourceLt.get(file),
      lt: readMessages(join(siteDir, 'i18n', 'lt', file)),
      en: readMessages(join(siteDir, 'i18n', 'en', file)),
    }));
  } finally {
    copy.remove();
  }
}

export function checkTranslations(siteDir: string): {files: FileMessages[]; problems: string[]} {
  const files = collectTranslationFiles(siteDir);
  if (files.length === 0) {
    return {files, problems: ['docusaurus write-translations generated no translation files']};
  }
  return {files, problems: compareTranslations(files)};
}
