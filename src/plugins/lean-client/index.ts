import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {matchPath} from 'react-router';
import type {Compiler} from 'webpack';
import {resolveServed} from '../../hosting/built-links';
import {pageScripts, routeTable, withPageScripts, type ClientManifest} from '../../hosting/page-scripts';

/**
 * Keeps code the book never uses out of the JavaScript every page loads before it can be used, and
 * keeps the work that JavaScript does once the page has hydrated in short tasks.
 *
 * The classic theme adds a client module that imports Prism (prism-react-renderer and the list of
 * prismjs languages, about 35 KiB gzip of `main.js`) so that extra highlighting languages can be
 * registered. The book has no program code: its fenced blocks are texts to copy, shown by
 * src/theme/CodeBlock without Prism. The module is replaced by an empty one.
 */
export const REPLACED_CLIENT_MODULES =
  /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/**
 * Docusaurus's browser context, which tells components they run in a browser once the page has
 * hydrated. It is replaced by ./browser-context.ts, which sets it in a transition (see there).
 */
export const BROWSER_CONTEXT_MODULE = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext(\.js)?$/;

/**
 * The theme's window-size hook, which tells its components after hydration whether the window is a
 * phone's. It is replaced by ./window-size.ts, which sets that first answer in a transition (see there).
 */
export const WINDOW_SIZE_MODULE = /@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize(\.js)?$/;

/**
 * The docs plugin's preferred-version context, which reads the edition a reader last chose from
 * storage after hydration. It is replaced by ./docs-preferred-version.ts, which keeps its state when
 * storage says nothing new and sets a stored choice in a transition (see there).
 */
export const DOCS_PREFERRED_VERSION_MODULE =
  /@docusaurus[\\/]plugin-content-docs[\\/]lib[\\/]client[\\/]docsPreferredVersion(\.js)?$/;

/**
 * Docusaurus's browser entry, which evaluated the whole app and requested the page's chunks in one
 * long task. It is replaced by ./client-entry.tsx, which does the same in several short ones.
 */
export const CLIENT_ENTRY_MODULE = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry(\.js)?$/;

/**
 * Modules for the server's bundle only (`*.server-only.ts`): in the browser's bundle each is replaced
 * by ./server-only.ts, whose default export is null. src/components/Island renders a component
 * imported this way on the server and loads it with `import()` in the browser.
 */
export const SERVER_ONLY_MODULE = /\.server-only(\.tsx?)?$/;

/**
 * Docusaurus's small React helpers, which the theme's components import, are replaced by
 * ./react-utils.ts, which passes on every name of the original (imported through an alias) and
 * writes one again (see there).
 */
export const REACT_UTILS_REPLACEMENT = join(__dirname, 'react-utils.ts');
const ORIGINAL_REACT_UTILS_ALIAS = '@docusaurus-original/react-utils';

/** How the package's own modules import the helpers: by a relative path. */
export const REACT_UTILS_IMPORT = /^\.{1,2}\/(?:.*\/)?reactUtils(\.js)?$/;

/** The original helpers' file (its package's `exports` do not name the path). */
export function originalReactUtils(): string {
  return join(dirname(require.resolve('@docusaurus/theme-common')), 'utils', 'reactUtils.js');
}

/**
 * V8's explicit compile hint (Chrome 136 and later): a script that begins with this comment has all
 * its functions compiled eagerly, on the background thread that streams it in, instead of one by one
 * on the main thread when first called. Every page runs most of `main.js` (React, the router, the
 * theme) before it can be used, so its compilation is moved off the main thread. Other browsers read
 * an ordinary comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The entry chunk that every page loads before it is interactive. */
const ENTRY_CHUNK = 'main';

/** A generated file of the locale just built, parsed; the build fails naming it if it cannot be. */
function generated<T>(generatedFilesDir: string, file: string, parse: (text: string) => T): T {
  const path = join(generatedFilesDir, file);
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`[lean-client] cannot read the page chunks from ${path}: ${(error as Error).message}`);
  }
}

/**
 * After a locale is built, names each page's route chunks on its loader script
 * (src/hosting/page-scripts.ts). Synchronous, so that it is done before the later plugins' post-build
 * steps read the pages. Returns how many pages name how many chunks.
 */
export function namePageScripts(options: {
  outDir: string;
  baseUrl: string;
  generatedFilesDir: string;
  routesPaths: readonly string[];
}): {pages: number; scripts: number} {
  const {baseUrl, generatedFilesDir} = options;
  // Docusaurus passes the folder with a trailing separator.
  const outDir = resolve(options.outDir);
  const site = {
    routes: generated(generatedFilesDir, 'routes.js', routeTable),
    chunkNames: generated(
      generatedFilesDir,
      'routesChunkNames.json',
      (text) => JSON.parse(text) as Record<string, unknown>,
    ),
    manifest: generated(
      generatedFilesDir,
      'client-manifest.json',
      (text) => JSON.parse(text) as ClientManifest,
    ),
    matchPath: (pathname: string, props: {path?: string; exact?: boolean}) => matchPath(pathname, props),
  };
  let pages = 0;
  let scripts = 0;
  for (const routePath of new Set(options.routesPaths)) {
    const file = routePath.startsWith(baseUrl)
      ? resolveServed(outDir, `/${routePath.slice(baseUrl.length)}`)
      : null;
    if (file === null || !file.endsWith('.html')) {
      continue;
    }
    const named = pageScripts(routePath, site);
    const html = readFileSync(file, 'utf8');
    const rewritten = withPageScripts(html, named);
    if (rewritten === null) {
      throw new Error(`[lean-client] ${file} has no script loader (src/hosting/after-first-paint.ts)`);
    }
    if (rewritten !== html) {
      writeFileSync(file, rewritten);
      pages += 1;
      scripts += named.length;
    }
  }
  return {pages, scripts};
}

export default function leanClientPlugin(): Plugin {
  return {
    name: 'skaidrumo-lean-client',
    postBuild({outDir, baseUrl, generatedFilesDir, routesPaths}) {
      const named = namePageScripts({outDir, baseUrl, generatedFilesDir, routesPaths});
      console.log(
        `[lean-client] ${named.pages} pages name their ${named.scripts} route chunks for the loader`,
      );
    },
    configureWebpack(_config, isServer, {currentBundler}) {
      const webpack = currentBundler.instance;
      const reactUtils = originalReactUtils();
      const reactUtilsBase = reactUtils.replace(/\.js$/, '');
      const compileHint = {
        apply(compiler: Compiler) {
          compiler.hooks.thisCompilation.tap('skaidrumo-compile-hint', (compilation) => {
            compilation.hooks.processAssets.tap(
              // After minification (which would drop the comment), before the real content hashes.
              {
                name: 'skaidrumo-compile-hint',
                stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE,
              },
              () => {
                for (const chunk of compilation.chunks) {
                  if (chunk.name !== ENTRY_CHUNK) {
                    continue;
                  }
                  for (const file of chunk.files) {
                    if (file.endsWith('.js')) {
                      compilation.updateAsset(
                        file,
                        (source) => new webpack.sources.ConcatSource(COMPILE_HINT, source),
                      );
                    }
                  }
                }
              },
            );
          });
        },
      };
      return {
        resolve: {alias: {[`${ORIGINAL_REACT_UTILS_ALIAS}$`]: reactUtils}},
        plugins: [
          // Each relative import of the original inside its package (the theme's components import
          // it through the package's index). Replaced before it is resolved, so that the replacement
          // is a module of its own, and its import of the original (through the alias) is left alone.
          new webpack.NormalModuleReplacementPlugin(REACT_UTILS_IMPORT, (resource) => {
            if (resolve(resource.context, resource.request).replace(/\.js$/, '') === reactUtilsBase) {
              resource.request = REACT_UTILS_REPLACEMENT;
            }
          }),
          new webpack.NormalModuleReplacementPlugin(
            REPLACED_CLIENT_MODULES,
            join(__dirname, 'empty-module.ts'),
          ),
          new webpack.NormalModuleReplacementPlugin(
            BROWSER_CONTEXT_MODULE,
            join(__dirname, 'browser-context.ts'),
          ),
          new webpack.NormalModuleReplacementPlugin(WINDOW_SIZE_MODULE, join(__dirname, 'window-size.ts')),
          new webpack.NormalModuleReplacementPlugin(
            DOCS_PREFERRED_VERSION_MODULE,
            join(__dirname, 'docs-preferred-version.ts'),
          ),
          ...(isServer
            ? []
            : [
                new webpack.NormalModuleReplacementPlugin(
                  CLIENT_ENTRY_MODULE,
                  join(__dirname, 'client-entry.tsx'),
                ),
                new webpack.NormalModuleReplacementPlugin(
                  SERVER_ONLY_MODULE,
                  join(__dirname, 'server-only.ts'),
                ),
              ]),
          ...(isServer ? [] : [compileHint]),
        ],
      };
    },
  };
}
