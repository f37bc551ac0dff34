import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkParity} from '../../content/parity';
import {allEditions, readReleasedEditions} from '../../editions/editions';

/** Fails the build when a doc or its heading structure differs between Lithuanian and English. */
export default function parityPlugin(context: LoadContext): Plugin {
  return {
    name: 'skaidrumo-parity',
    loadContent() {
      const editions = allEditions(readReleasedEditions(context.siteDir)).map((e) => e.name);
      const problems = checkParity(context.siteDir, editions);
      if (problems.length > 0) {
        throw new Error(`Bilingual parity check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  };
}
