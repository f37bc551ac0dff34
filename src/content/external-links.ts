/**
 * External links in the guide's docs: every link out of the book goes to an official, confirmed
 * host over https and, for EUR-Lex, Lovdata and the Register of Legal Acts, in the address form
 * those services use for an act. Pure; the unit tests run it over every doc of every edition.
 */

/** Hosts a doc may link to, each an official site whose address was confirmed. */
export const ALLOWED_HOSTS: Readonly<Record<string, string>> = {
  'eur-lex.europa.eu': 'EUR-Lex, the EU’s official legal database (acts by CELEX number)',
  'lovdata.no': 'Lovdata, Norway’s official legal database (acts by identifier)',
  'www.e-tar.lt': 'Teisės aktų registras (TAR), the Register of Legal Acts',
  'e-tar.lt': 'Teisės aktų registras (TAR), the Register of Legal Acts (address without www)',
  'e-seimas.lrs.lt': 'the Seimas’s legal information system (e-seimas)',
  'www.lrs.lt': 'the Seimas of the Republic of Lithuania',
  'www.stt.lt': 'Specialiųjų tyrimų tarnyba (STT), the Special Investigation Service',
  'vtek.lt': 'Vyriausioji tarnybinės etikos komisija (VTEK), the Chief Official Ethics Commission',
  'pinreg.vtek.lt': 'PINREG, VTEK’s Register of Private Interests',
  'vpt.lrv.lt': 'Viešųjų pirkimų tarnyba (VPT), the Public Procurement Office',
  'data.gov.lt': 'the Lithuanian Open Data Portal',
};

export interface ExternalLink {
  url: string;
  line: number;
}

const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]*(?:\s[^)>]*)?)>?\s*\)/g;
const AUTOLINK = /<(https?:\/\/[^>]*)>/g;
const HREF = /href=["']([^"']*)["']/g;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Links to another origin (anything with a scheme, `//host` included) in an MDX source. */
export function extractExternalLinks(source: string): ExternalLink[] {
  const links: ExternalLink[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    for (const pattern of [MARKDOWN_LINK, AUTOLINK, HREF]) {
      for (const match of text.matchAll(pattern)) {
        const url = (match[1] ?? '').trim();
        if (EXTERNAL.test(url) || url.startsWith('//')) {
          links.push({url, line: index + 1});
        }
      }
    }
  });
  return links;
}

const CELEX = /^3\d{4}[LRDX]\d{4}$/;
const EUR_LEX_PATH = /^\/legal-content\/(LT|EN)\/TXT\/$/;
const LOVDATA_PATH = /^\/(lov|forskrift)\/\d{4}-\d{2}-\d{2}(-\d+)?$/;
const E_TAR_PATH = /^\/portal\/(lt|en)\/legalAct\/(TAR\.[0-9A-F]{12}|[0-9a-f]{32})$/;

/** What is wrong with one external link, or null when it is allowed and well formed. */
export function checkExternalLink(raw: string): string | null {
  if (/\s/.test(raw)) {
    return `"${raw}" contains a space`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a valid address`;
  }
  if (url.protocol !== 'https:') {
    return `"${raw}" does not use https`;
  }
  if (!(url.hostname in ALLOWED_HOSTS) || url.port !== '' || url.username !== '') {
    return `"${raw}" points at ${url.host}, not an allowed official host (src/content/external-links.ts)`;
  }
  if (url.pathname === '/' && url.search === '') {
    return null; // a service's home page
  }
  if (url.hostname === 'eur-lex.europa.eu') {
    const celex = /^CELEX:(.+)$/.exec(url.searchParams.get('uri') ?? '')?.[1] ?? '';
    if (!EUR_LEX_PATH.test(url.pathname) || !CELEX.test(celex) || [...url.searchParams.keys()].length !== 1) {
      return `"${raw}" is not an EUR-Lex address by CELEX number (…/legal-content/LT/TXT/?uri=CELEX:32019L1937)`;
    }
  }
  if (url.hostname === 'lovdata.no' && !LOVDATA_PATH.test(url.pathname)) {
    return `"${raw}" is not a Lovdata address by identifier (https://lovdata.no/lov/2018-06-22-83)`;
  }
  if (
    (url.hostname === 'www.e-tar.lt' || url.hostname === 'e-tar.lt') &&
    url.pathname !== '/' &&
    !E_TAR_PATH.test(url.pathname)
  ) {
    return `"${raw}" is not a Register of Legal Acts address of an act (https://www.e-tar.lt/portal/lt/legalAct/<id>)`;
  }
  return null;
}

/** Every problem with the external links of one file, naming the file and the line. */
export function checkExternalLinks(file: string, source: string): string[] {
  return extractExternalLinks(source).flatMap(({url, line}) => {
    const problem = checkExternalLink(url);
    return problem ? [`${file}:${line}: ${problem}`] : [];
  });
}

/** Whether an href leaves the site (used by the MDX link component to mark it). */
export function isExternalHref(href: string | undefined): boolean {
  return href !== undefined && (/^https?:\/\//i.test(href) || href.startsWith('//'));
}
