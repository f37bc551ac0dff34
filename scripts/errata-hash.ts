/**
 * Brings a released edition's recorded content hash up to date, after its errata list has been
 * given an entry for the correction just made:
 *   npm run errata:hash -- 2026
 * Prints the hash; the unit tests fail while the recorded hash and the edition's files disagree.
 */
import {resolve} from 'node:path';
import {errataFile, loadErrata, updateErrataHash} from '../src/content/errata';
import {readReleasedEditions} from '../src/editions/editions';

const siteDir = resolve('.');
const edition = process.argv[2] ?? '';
if (!readReleasedEditions(siteDir).includes(edition)) {
  console.error(
    `Usage: npm run errata:hash -- <year>, where <year> is a released edition (versions.json: ${readReleasedEditions(siteDir).join(', ')})`,
  );
  process.exit(1);
}
try {
  const {hash, changed} = updateErrataHash(siteDir, edition);
  const {entries} = loadErrata(siteDir, edition);
  console.log(
    `${errataFile(edition)}: contentHash ${changed ? 'updated to' : 'already'} ${hash} (${entries.length} entries)`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
