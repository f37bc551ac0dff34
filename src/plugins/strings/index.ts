import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ownStrings, unnamedKeys, withStrings, withoutOwnStrings, type Strings} from './strings';

/**
 * Takes the book's own interface strings out of the entry script and gives each source file the
 * strings it names (see ./strings.ts). Two webpack rules run ./loader.cjs: on every script under
 * src/ (`source`) and on the generated code-translations module (`entry`).
 */

const LOADER = join(__dirname, 'loader.cjs');
const REGISTRY = Symbol.for('skaidrumo.interface-strings');
const SCRIPT = /\.[cm]?[jt]sx?$/;

type Handler = {
  dependencies: string[];
  source: (text: string) => string;
  entry: (text: string) => string;
};

function registry(): Map<string, Handler> {
  const global = globalThis as typeof globalThis & {[REGISTRY]?: Map<string, Handler>};
  global[REGISTRY] ??= new Map();
  return global[REGISTRY];
}

function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => SCRIPT.test(name))
    .map((name) => join(dir, name));
}

/** Fails when a key of the locale's code.json is named by no file under src/ (see unnamedKeys). */
export function checkNamed(siteDir: string, codeJson: string, own: Strings): void {
  const sources = scriptsUnder(join(siteDir, 'src')).map((file) => readFileSync(file, 'utf8'));
  const unnamed = unnamedKeys(sources, own);
  if (unnamed.length > 0) {
    throw new Error(
      `${relative(siteDir, codeJson)}: ${unnamed.length} interface string(s) named by no file under src/ ` +
        `(remove them, or name the key as a string literal where it is used): ${unnamed.join(', ')}`,
    );
  }
}

export default function interfaceStringsPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  const own = ownStrings(context.codeTranslations);
  const codeJson = join(context.localizationDir, 'code.json');
  const srcDir = join(context.siteDir, 'src');
  return {
    name: 'skaidrumo-strings',
    loadContent() {
      checkNamed(context.siteDir, codeJson, own);
    },
    configureWebpack(config) {
      registry().set(locale, {
        dependencies: [codeJson],
        source: (text) => withStrings(text, own),
        entry: (text) => withoutOwnStrings(text, own),
      });
      // The loader's output depends on these files: a change to them must evict webpack's cache.
      if (typeof config.cache === 'object' && config.cache.type === 'filesystem') {
        config.cache.buildDependencies = {
          ...config.cache.buildDependencies,
          skaidrumoStrings: [join(__dirname, 'strings.ts'), LOADER],
        };
      }
      const loaders = (kind: 'source' | 'entry') => [{loader: LOADER, options: {locale, kind}}];
      return {
        module: {
          rules: [
            // Before Babel, on the file as written: the keys are the literals in it.
            {
              test: SCRIPT,
              include: srcDir,
              exclude: join(srcDir, 'plugins'),
              enforce: 'pre',
              use: loaders('source'),
            },
            {test: join(context.generatedFilesDir, 'codeTranslations.json'), use: loaders('entry')},
          ],
        },
      };
    },
  };
}
