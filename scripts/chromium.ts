/**
 * Where the browser tests (and later the PDF build) find Chromium. Nothing is ever downloaded:
 * the browser is Debian's `chromium` package, or whatever CHROME_PATH points at.
 */
import {accessSync, constants} from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet and offline on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export class ChromiumNotFoundError extends Error {}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidate = env.CHROME_PATH || DEFAULT_CHROMIUM;
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    const source = env.CHROME_PATH ? `CHROME_PATH (${candidate})` : candidate;
    throw new ChromiumNotFoundError(
      `Chromium was not found at ${source}. The browser tests drive a real Chromium and never download one.\n` +
        `Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu; gives ${DEFAULT_CHROMIUM})\n` +
        `or point CHROME_PATH at an installed Chromium or Chrome executable.`,
    );
  }
}
