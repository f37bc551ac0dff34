import {dirname, join, resolve} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

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

export default function leanClientPlugin(): Plugin {
  return {
    name: 'skaidrumo-lean-client',
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
