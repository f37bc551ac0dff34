import {basename, dirname} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {CSP_TEXT_FILE, NGINX_CSP_FILE, writeSiteCsp} from '../../hosting/csp';

/**
 * After each locale is built, computes the Content-Security-Policy of the whole site (every locale
 * built so far: the last locale's run covers them all) and writes build/nginx-csp.conf and
 * build/csp.txt for the web server.
 */
export default function cspPlugin(): Plugin {
  return {
    name: 'skaidrumo-csp',
    postBuild({outDir, i18n}) {
      const locale = i18n.currentLocale;
      const siteDir = locale !== i18n.defaultLocale && basename(outDir) === locale ? dirname(outDir) : outDir;
      const csp = writeSiteCsp(siteDir);
      console.log(
        `[csp] ${csp.pages} pages, ${csp.scripts} inline scripts allowed by hash, ` +
          `${csp.styleAttributes} style attributes: ${NGINX_CSP_FILE} and ${CSP_TEXT_FILE} written`,
      );
    },
  };
}
