import {describe, expect, it} from 'vitest';
import {ChromiumNotFoundError, findChromium} from '../../scripts/chromium';

describe('findChromium', () => {
  it('uses CHROME_PATH when it points at an executable', () => {
    expect(findChromium({CHROME_PATH: process.execPath})).toBe(process.execPath);
  });

  it('fails with the command that installs Chromium', () => {
    expect(() => findChromium({CHROME_PATH: '/nonexistent/chromium'})).toThrow(ChromiumNotFoundError);
    expect(() => findChromium({CHROME_PATH: '/nonexistent/chromium'})).toThrow(/apt-get install -y chromium/);
  });
});
