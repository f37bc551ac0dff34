// Webpack loader of the interface-strings plugin (./index.ts, which explains it). Webpack loads
// loaders with Node's require, which cannot read TypeScript, so the plugin registers its functions
// for each locale in this process and this file only hands the source to them.
'use strict';

const REGISTRY = Symbol.for('skaidrumo.interface-strings');

module.exports = function interfaceStringsLoader(source) {
  const {locale, kind} = this.getOptions();
  const handler = globalThis[REGISTRY] && globalThis[REGISTRY].get(locale);
  if (!handler) {
    throw new Error(
      `Interface strings for locale "${locale}" were not registered by the skaidrumo-strings plugin.`,
    );
  }
  for (const file of handler.dependencies) {
    this.addDependency(file);
  }
  return kind === 'entry' ? handler.entry(source) : handler.source(source);
};
