import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  BROWSER_CONTEXT_MODULE,
  CLIENT_ENTRY_MODULE,
  DOCS_PREFERRED_VERSION_MODULE,
  originalReactUtils,
  REACT_UTILS_IMPORT,
  REACT_UTILS_REPLACEMENT,
  REPLACED_CLIENT_MODULES,
  SERVER_ONLY_MODULE,
  WINDOW_SIZE_MODULE,
} from '../../src/plugins/lean-client';

describe('modules for the server only', () => {
  it('are the files named *.server-only, as imported with or without the extension', () => {
    const checklist = join('src', 'components', 'Checklist');
    expect(join(checklist, 'Live.server-only')).toMatch(SERVER_ONLY_MODULE);
    expect(join(checklist, 'Live.server-only.ts')).toMatch(SERVER_ONLY_MODULE);
    expect(join(checklist, 'Live')).not.toMatch(SERVER_ONLY_MODULE);
    expect(join(checklist, 'server-only-notes.ts')).not.toMatch(SERVER_ONLY_MODULE);
    expect(readFileSync(join(__dirname, '..', '..', checklist, 'Live.server-only.ts'), 'utf8')).toContain(
      "export {default} from './Live';",
    );
  });
});

describe('the client modules left out of every page', () => {
  const themeLib = dirname(require.resolve('@docusaurus/theme-classic'));

  it("match the classic theme's Prism client module as Docusaurus requires it, and only that", () => {
    const index = readFileSync(join(themeLib, 'index.js'), 'utf8');
    // The theme lists it relative to its lib/ folder; Docusaurus requires the absolute path.
    expect(index).toContain("'./prism-include-languages'");
    expect(join(themeLib, 'prism-include-languages')).toMatch(REPLACED_CLIENT_MODULES);
    expect(join(themeLib, 'prism-include-languages.js')).toMatch(REPLACED_CLIENT_MODULES);
    expect(join(themeLib, 'nprogress')).not.toMatch(REPLACED_CLIENT_MODULES);
    expect(join(themeLib, 'theme', 'prism-include-languages.js')).not.toMatch(REPLACED_CLIENT_MODULES);
  });

  it('the module replaced is the one that brings Prism', () => {
    expect(readFileSync(join(themeLib, 'prism-include-languages.js'), 'utf8')).toContain(
      'prism-react-renderer',
    );
  });
});

/** The names a module exports (`export const` / `export function` at the start of a line). */
const exportedNames = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]).sort();

describe("Docusaurus's browser context, set in a transition", () => {
  const original = require.resolve('@docusaurus/core/lib/client/browserContext.js');
  const replacement = join(__dirname, '../../src/plugins/lean-client/browser-context.ts');

  it('matches the module Docusaurus resolves, and not its neighbours', () => {
    expect(original).toMatch(BROWSER_CONTEXT_MODULE);
    expect(original.replace(/\.js$/, '')).toMatch(BROWSER_CONTEXT_MODULE);
    expect(join(dirname(original), 'exports', 'useIsBrowser.js')).not.toMatch(BROWSER_CONTEXT_MODULE);
    expect(join(dirname(original), 'docusaurusContext.js')).not.toMatch(BROWSER_CONTEXT_MODULE);
  });

  it('stands in for every name the original exports, so that no import of it breaks', () => {
    expect(exportedNames(original)).toEqual(['BrowserContextProvider', 'Context']);
    expect(exportedNames(replacement)).toEqual(exportedNames(original));
    // The importers Docusaurus has, and what they take from it.
    const client = dirname(original);
    expect(readFileSync(join(client, 'App.js'), 'utf8')).toContain(
      "import { BrowserContextProvider } from './browserContext';",
    );
    expect(readFileSync(join(client, 'exports', 'useIsBrowser.js'), 'utf8')).toContain(
      "import { Context } from '../browserContext';",
    );
  });
});

describe("the theme's window size, first set in a transition", () => {
  const themeCommon = dirname(require.resolve('@docusaurus/theme-common'));
  const original = join(themeCommon, 'hooks', 'useWindowSize.js');
  const replacement = join(__dirname, '../../src/plugins/lean-client/window-size.ts');

  it('matches the module the theme imports, and not its neighbours', () => {
    expect(readFileSync(join(themeCommon, 'index.js'), 'utf8')).toContain(
      "export { useWindowSize } from './hooks/useWindowSize';",
    );
    expect(original).toMatch(WINDOW_SIZE_MODULE);
    expect(original.replace(/\.js$/, '')).toMatch(WINDOW_SIZE_MODULE);
    expect(join(themeCommon, 'hooks', 'useWindowSize.d.ts')).not.toMatch(WINDOW_SIZE_MODULE);
    expect(join(themeCommon, 'hooks', 'useScrollPosition.js')).not.toMatch(WINDOW_SIZE_MODULE);
  });

  it('exports what the original does, with its breakpoint, its server value and its first update in a transition', () => {
    expect(exportedNames(replacement)).toEqual(exportedNames(original));
    const source = readFileSync(replacement, 'utf8');
    const theOriginal = readFileSync(original, 'utf8');
    expect(theOriginal).toContain('const DesktopBreakpoint = 996;');
    expect(source).toContain('const DESKTOP_BREAKPOINT = 996;');
    expect(theOriginal).toContain("'ssr');");
    expect(source).toContain("useState<WindowSize>('ssr')");
    // The original sets it straight from the effect (a default-priority update).
    expect(theOriginal).toMatch(
      /updateWindowSize\(\);\s*window\.addEventListener\('resize', updateWindowSize\)/,
    );
    expect(source).toMatch(
      /startTransition\(updateWindowSize\);\s*window\.addEventListener\('resize', updateWindowSize\)/,
    );
  });
});

describe("the docs plugin's preferred edition, kept when storage says nothing new", () => {
  const client = dirname(require.resolve('@docusaurus/plugin-content-docs/client'));
  const original = join(client, 'docsPreferredVersion.js');
  const replacement = join(__dirname, '../../src/plugins/lean-client/docs-preferred-version.ts');

  it('matches the module the plugin imports, and not its neighbours', () => {
    expect(readFileSync(join(client, 'index.js'), 'utf8')).toContain("from './docsPreferredVersion';");
    expect(original).toMatch(DOCS_PREFERRED_VERSION_MODULE);
    expect(original.replace(/\.js$/, '')).toMatch(DOCS_PREFERRED_VERSION_MODULE);
    expect(join(client, 'docsPreferredVersion.d.ts')).not.toMatch(DOCS_PREFERRED_VERSION_MODULE);
    expect(join(client, 'docsVersion.js')).not.toMatch(DOCS_PREFERRED_VERSION_MODULE);
  });

  it('exports what the original does and reads and writes the same storage key', () => {
    expect(exportedNames(original)).toEqual([
      'DocsPreferredVersionContextProvider',
      'useDocsPreferredVersion',
      'useDocsPreferredVersionByPluginId',
    ]);
    expect(exportedNames(replacement)).toEqual(exportedNames(original));
    const key = /`docs-preferred-version-\$\{pluginId\}`/;
    expect(readFileSync(original, 'utf8')).toMatch(key);
    expect(readFileSync(replacement, 'utf8')).toMatch(key);
  });

  it('is still needed: the original sets a new state from storage after every hydration, equal or not', () => {
    expect(readFileSync(original, 'utf8')).toMatch(/useEffect\(\(\) => \{\s*setState\(readStorageState\(/);
    expect(readFileSync(replacement, 'utf8')).toMatch(
      /startTransition\(\(\) => setState\(\(current\) => \(samePreferences\(current, stored\) \? current : stored\)\)\)/,
    );
  });
});

describe("Docusaurus's browser entry, evaluated in several tasks", () => {
  const original = require.resolve('@docusaurus/core/lib/client/clientEntry.js');
  const client = dirname(original);
  const replacement = join(__dirname, '../../src/plugins/lean-client/client-entry.tsx');
  const importedModules = (file: string) =>
    [
      ...readFileSync(file, 'utf8').matchAll(
        /(?:^import [^;]*? from |import\(\s*(?:\/\*[^*]*\*\/\s*)?)'([^']+)'/gm,
      ),
    ]
      .map((m) => m[1] ?? '')
      // The original's own folder, as the replacement names it.
      .map((source) => (source.startsWith('./') ? `@docusaurus/core/lib/client/${source.slice(2)}` : source))
      .sort();

  it('matches the entry the client build names, and not its neighbours', () => {
    const clientConfig = readFileSync(join(client, '..', 'webpack', 'client.js'), 'utf8');
    expect(clientConfig).toContain("'../client/clientEntry.js'");
    expect(original).toMatch(CLIENT_ENTRY_MODULE);
    expect(original.replace(/\.js$/, '')).toMatch(CLIENT_ENTRY_MODULE);
    expect(join(client, 'serverEntry.js')).not.toMatch(CLIENT_ENTRY_MODULE);
    expect(join(client, 'clientEntry.d.ts')).not.toMatch(CLIENT_ENTRY_MODULE);
  });

  it('loads every module the original does (a Docusaurus upgrade that adds one fails here)', () => {
    expect([...new Set(importedModules(replacement))]).toEqual([...new Set(importedModules(original))]);
  });

  it('renders what the original renders, with the same hydration switch and error report', () => {
    const source = readFileSync(replacement, 'utf8');
    const theOriginal = readFileSync(original, 'utf8');
    for (const part of [
      'process.env.HYDRATE_CLIENT_ENTRY',
      "document.getElementById('__docusaurus')",
      "experimental_router === 'hash'",
      'Docusaurus React Root onRecoverableError:',
      'window.docusaurus = docusaurus',
      'startTransition(renderApp)',
      'preload(window.location.pathname)',
    ]) {
      expect(theOriginal.replaceAll('"', "'")).toContain(part.replace('(renderApp)', ''));
      expect(source).toContain(part);
    }
  });
});

describe("Docusaurus's React helpers, with a key order that needs no collation", () => {
  const original = originalReactUtils();
  const themeCommon = dirname(dirname(original));
  const replacement = readFileSync(REACT_UTILS_REPLACEMENT, 'utf8');
  const importsOfIt = readdirSync(themeCommon, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) =>
      [...readFileSync(join(themeCommon, file), 'utf8').matchAll(/from '([^']*reactUtils[^']*)'/g)].map(
        (m) => ({importer: join(themeCommon, file), request: m[1] ?? ''}),
      ),
    );

  it('is still needed: the original sorts the keys with localeCompare', () => {
    expect(readFileSync(original, 'utf8')).toMatch(
      /export function useShallowMemoObject[^]*?\.localeCompare\(/,
    );
  });

  it("catches every import of the original inside Docusaurus's package, and nothing else", () => {
    // The index (for the theme's components), the contexts and the other helpers.
    expect(importsOfIt.length).toBeGreaterThanOrEqual(10);
    for (const {importer, request} of importsOfIt) {
      expect(request).toMatch(REACT_UTILS_IMPORT);
      expect(resolve(dirname(importer), request).replace(/\.js$/, '')).toBe(original.replace(/\.js$/, ''));
    }
    expect('./reactUtilsExtra').not.toMatch(REACT_UTILS_IMPORT);
    expect('@docusaurus-original/react-utils').not.toMatch(REACT_UTILS_IMPORT);
  });

  it('passes on every name of the original and writes again only the memo helper, without localeCompare', () => {
    expect(replacement).toContain("export * from '@docusaurus-original/react-utils';");
    expect([...replacement.matchAll(/^export (?:const|function|class) (\w+)/gm)].map((m) => m[1])).toEqual([
      'useShallowMemoObject',
    ]);
    expect(replacement.replace(/^\/\/.*$/gm, '')).not.toContain('localeCompare');
  });
});
