/**
 * The site's public address, set in one place: the SITE_URL environment variable at build time
 * (for example SITE_URL=https://vadovas.example.lt npm run build). Docusaurus writes it into the
 * sitemap, every page's canonical link, its hreflang alternates and og:url. Without it a build uses
 * LOCAL_SITE_URL, which is right for tests and local previews and wrong for publishing: the build
 * then prints a warning block.
 */
export const LOCAL_SITE_URL = 'http://127.0.0.1:3000';

export interface SiteUrl {
  /** The origin Docusaurus's `url` takes: scheme and host (and port), no path, no trailing slash. */
  url: string;
  /** Set when the build falls back to LOCAL_SITE_URL: the text of the warning to print. */
  warning?: string;
}

/** SITE_URL from the environment, checked; or the local address with a warning. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): SiteUrl {
  const value = env.SITE_URL?.trim();
  if (!value) {
    return {
      url: LOCAL_SITE_URL,
      warning: [
        'SITE_URL is not set: this build writes the local address',
        `${LOCAL_SITE_URL} into the sitemap, canonical links and hreflang`,
        'alternates. Fine for tests and previews; NOT for publishing. Build the',
        'site to publish with its public address, for example:',
        '  SITE_URL=https://vadovas.example.lt npm run build',
      ].join('\n'),
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${value}" (expected e.g. https://vadovas.example.lt)`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(
      `SITE_URL must be an http(s) origin without a path, query or fragment: "${value}" ` +
        '(the site is served from the root of its host; e.g. https://vadovas.example.lt)',
    );
  }
  return {url: parsed.origin};
}

/** The warning as a block that stands out in a build log. */
export function warningBlock(text: string): string {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => line.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule].join('\n');
}
