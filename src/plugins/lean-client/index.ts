import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Keeps code the book never uses out of the JavaScript every page loads before it can be used.
 *
 * The classic theme adds a client module that imports Prism (prism-react-renderer and the list of
 * prismjs languages, about 35 KiB gzip of `main.js`) so that extra highlighting languages can be
 * registered. The book has no program code: its fenced blocks are texts to copy, shown by
 * src/theme/CodeBlock without Prism. The module is replaced by an empty one.
 */
export const REPLACED_CLIENT_MODULES =
  /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default function leanClientPlugin(): Plugin {
  return {
    name: 'skaidrumo-lean-client',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            REPLACED_CLIENT_MODULES,
            join(__dirname, 'empty-module.ts'),
          ),
        ],
      };
    },
  };
}
