/**
 * The site's Content-Security-Policy, computed from the built HTML: only the site's own origin, no
 * `unsafe-eval`, and inline scripts (Docusaurus puts the colour-mode script in every page's <head>)
 * allowed one by one by their SHA-256 hash. Node only: used by the build plugin and the tests.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {Parser} from 'htmlparser2';

/** Script types a browser executes; anything else (`application/ld+json`) is a data block. */
const EXECUTABLE = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export interface InlineNeeds {
  /** The text of every distinct inline script, in order of first appearance. */
  scripts: string[];
  /** How many `<style>` elements and `style` attributes the HTML has. */
  styleElements: number;
  styleAttributes: number;
}

/** What one HTML document needs from the policy: its inline scripts and inline styles. */
export function inlineNeeds(html: string): InlineNeeds {
  const needs: InlineNeeds = {scripts: [], styleElements: 0, styleAttributes: 0};
  let script: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ('style' in attributes) {
          needs.styleAttributes += 1;
        }
        if (name === 'style') {
          needs.styleElements += 1;
        }
        const type = (attributes.type ?? '').trim().toLowerCase();
        if (name === 'script' && attributes.src === undefined && EXECUTABLE.has(type)) {
          script = '';
        }
      },
      ontext(text) {
        if (script !== null) {
          script += text;
        }
      },
      onclosetag(name) {
        if (name === 'script' && script !== null) {
          if (script.trim() !== '' && !needs.scripts.includes(script)) {
            needs.scripts.push(script);
          }
          script = null;
        }
      },
    },
    {decodeEntities: false},
  );
  parser.write(html);
  parser.end();
  return needs;
}

/** The CSP source for a script's exact text: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a set of inline scripts. Styles: `'unsafe-inline'`, because KaTeX places every
 * glyph of a formula with a `style` attribute and React renders others (hundreds of distinct values
 * that change with the text; allowing them by hash would need `'unsafe-hashes'` and one hash each).
 * CSS cannot run script, and no reader input is ever put into markup, so this is the usual trade.
 */
export function contentSecurityPolicy(
  scripts: readonly string[],
  {dataFonts = false}: {dataFonts?: boolean} = {},
): string {
  const hashes = [...new Set(scripts.map(sha256Source))].sort();
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    // Infima and the theme draw small icons as data: SVG images in CSS.
    "img-src 'self' data:",
    // data: only while a stylesheet of the build embeds a font (found by siteCsp).
    `font-src 'self'${dataFonts ? ' data:' : ''}`,
    // Search indexes, the PDF manifest and other JSON the site itself serves.
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function filesEndingIn(dir: string, suffix: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface SiteCsp {
  policy: string;
  pages: number;
  scripts: number;
  styleElements: number;
  styleAttributes: number;
  /** Whether a built stylesheet embeds a font as a data: URL. */
  dataFonts: boolean;
}

const DATA_FONT = /url\(\s*["']?data:(font\/|application\/(x-)?font)/;

/** The policy every HTML page under a built site (both locales) needs. */
export function siteCsp(siteDir: string): SiteCsp {
  const files = filesEndingIn(siteDir, '.html');
  const dataFonts = filesEndingIn(siteDir, '.css').some((file) => DATA_FONT.test(readFileSync(file, 'utf8')));
  const scripts: string[] = [];
  let styleElements = 0;
  let styleAttributes = 0;
  for (const file of files) {
    const needs = inlineNeeds(readFileSync(file, 'utf8'));
    needs.scripts.filter((s) => !scripts.includes(s)).forEach((s) => scripts.push(s));
    styleElements += needs.styleElements;
    styleAttributes += needs.styleAttributes;
  }
  return {
    policy: contentSecurityPolicy(scripts, {dataFonts}),
    pages: files.length,
    scripts: scripts.length,
    styleElements,
    styleAttributes,
    dataFonts,
  };
}

/** The files the build writes next to the site: the nginx include and the bare header value. */
export const NGINX_CSP_FILE = 'nginx-csp.conf';
export const CSP_TEXT_FILE = 'csp.txt';

/** The nginx include: one `add_header`, for the server block of hosting/nginx/skaidrumo-vadovas.conf. */
export function nginxCspInclude(policy: string): string {
  if (/["\\\n]/.test(policy)) {
    throw new Error(`the policy cannot be quoted for nginx: ${policy}`);
  }
  return [
    '# Generated by the build (src/plugins/csp): the Content-Security-Policy of this build of the site.',
    '# Included by hosting/nginx/skaidrumo-vadovas.conf; reload nginx after each deployment.',
    `add_header Content-Security-Policy "${policy}" always;`,
    '',
  ].join('\n');
}

/** Computes the policy of a built site and writes build/nginx-csp.conf and build/csp.txt. */
export function writeSiteCsp(siteDir: string): SiteCsp {
  const csp = siteCsp(siteDir);
  writeFileSync(join(siteDir, NGINX_CSP_FILE), nginxCspInclude(csp.policy));
  writeFileSync(join(siteDir, CSP_TEXT_FILE), `${csp.policy}\n`);
  return csp;
}
