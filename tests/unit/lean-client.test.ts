import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPLACED_CLIENT_MODULES} from '../../src/plugins/lean-client';

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
