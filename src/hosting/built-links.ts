/**
 * Checks the built site itself for broken internal links and anchors, in every locale and edition:
 * every href and src of every HTML page (and every <loc> of the sitemaps) is resolved the way the
 * web server does (hosting/nginx: the file, then <path>.html, then <path>/index.html), and every
 * #fragment against the element ids of the page it lands on. Docusaurus's own checks run on its
 * route tree during the build; this one reads what is actually published. Node only.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, normalize, relative, sep} from 'node:path';
import {Parser} from 'htmlparser2';

export interface PageLinks {
  /** Element ids (and <a name>) in the page. */
  ids: Set<string>;
  /** Every URL the page points at: a[href], link[href], script[src], img[src], iframe[src]. */
  urls: string[];
}

const URL_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  iframe: 'src',
  source: 'src',
};

export function pageLinks(html: string): PageLinks {
  const links: PageLinks = {ids: new Set(), urls: []};
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) {
          links.ids.add(attributes.id);
        }
        if (name === 'a' && attributes.name) {
          links.ids.add(attributes.name);
        }
        const attribute = URL_ATTRIBUTES[name];
        const value = attribute ? attributes[attribute] : undefined;
        if (value !== undefined) {
          links.urls.push(value);
        }
      },
    },
    {decodeEntities: true},
  );
  parser.write(html);
  parser.end();
  return links;
}

/** The URL path a built file is served at: docs/x.html → /docs/x, en/index.html → /en/. */
export function servedPath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.replace(/\.html$/, '');
}

/** The file the server answers a URL path with, or null (404): as hosting/nginx's try_files. */
export function resolveServed(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = normalize(join(root, path));
  if (base !== root && !base.startsWith(root + sep)) {
    return null;
  }
  const candidates = [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

export interface BrokenLink {
  /** The page (or sitemap) the link is in, as a path under the build folder. */
  page: string;
  url: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  anchors: number;
  broken: BrokenLink[];
}

/** Files under `root` whose names end in `suffix`, as paths relative to it, sorted. */
export function builtFiles(root: string, suffix: string): string[] {
  return readdirSync(root, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Every internal link of a built site. `siteUrl` is the public origin the build was made with:
 * absolute links to it (canonical, hreflang, sitemap) are internal too.
 */
export function checkBuiltLinks(buildDir: string, siteUrl: string): LinkReport {
  const root = normalize(buildDir);
  const cache = new Map<string, PageLinks>();
  const linksOf = (file: string) => {
    let links = cache.get(file);
    if (!links) {
      links = pageLinks(readFileSync(file, 'utf8'));
      cache.set(file, links);
    }
    return links;
  };
  const report: LinkReport = {pages: 0, links: 0, anchors: 0, broken: []};
  const origin = new URL(siteUrl).origin;

  const check = (page: string, base: string, raw: string) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed === '#') {
      return;
    }
    const url = new URL(trimmed, base);
    if (url.origin !== origin) {
      if (/^https?:$/.test(url.protocol) || /^(mailto|tel|data|blob):$/.test(url.protocol)) {
        return;
      }
      report.broken.push({page, url: raw, problem: `a ${url.protocol} link`});
      return;
    }
    report.links += 1;
    const target = resolveServed(root, url.pathname);
    if (target === null) {
      report.broken.push({page, url: raw, problem: `no file answers ${url.pathname}`});
      return;
    }
    const fragment = url.hash.slice(1);
    if (fragment !== '' && target.endsWith('.html')) {
      report.anchors += 1;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!linksOf(target).ids.has(id)) {
        report.broken.push({page, url: raw, problem: `no id "${id}" in ${relative(root, target)}`});
      }
    }
  };

  for (const file of builtFiles(root, '.html')) {
    report.pages += 1;
    const base = `${origin}${servedPath(file)}`;
    linksOf(join(root, file)).urls.forEach((url) => check(file, base, url));
  }
  for (const file of builtFiles(root, 'sitemap.xml')) {
    const xml = readFileSync(join(root, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) {
      check(file, `${origin}/`, match[1] ?? '');
    }
  }
  return report;
}
