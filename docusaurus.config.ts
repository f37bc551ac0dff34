import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkChecklistItems from './src/remark/checklist-items';
import remarkErrata from './src/remark/errata';
import remarkWhatChanged from './src/remark/what-changed';
import rehypeKatexStylesheet from './src/remark/katex-stylesheet';
import rehypeStackedTables from './src/remark/stacked-tables';
import {STATIC_ASSETS_DIR, katexVersion} from './src/assets/static-assets';
import {
  CURRENT_EDITION,
  defaultEdition,
  docsVersionOptions,
  editionBasePath,
  releasedEditionsInBuild,
} from './src/editions/editions';
import {siteUrl, warningBlock} from './src/hosting/site-url';
import {SSR_TEMPLATE} from './src/hosting/after-first-paint';

// Environment switches for quick local work; CI and `npm test` build everything.
//   DOCS_DRAFT_ONLY=1   build only the draft edition
const released = releasedEditionsInBuild(__dirname);
const draftOnly = process.env.DOCS_DRAFT_ONLY === '1';
const guideBase = editionBasePath(defaultEdition(released), released);
const baseUrl = '/';
// The public address: SITE_URL, or the local one with a warning (src/hosting/site-url.ts).
const site = siteUrl();
if (site.warning && process.argv.includes('build')) {
  console.warn(`\n${warningBlock(site.warning)}\n`);
}

const config: Config = {
  title: 'Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas',
  tagline:
    'Praktinis vadovas savivaldybių darbuotojams: kaip skaidriai įgyvendinti valstybės gerovės politiką',
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl,
  trailingSlash: false,
  // Its inline script warns about a misconfigured baseUrl; ours is fixed, and every inline script
  // needs a hash in the Content-Security-Policy (src/hosting/csp.ts).
  baseUrlIssueBanner: false,
  // `static/` plus the fonts and KaTeX files copied from their npm packages at build time
  // (src/plugins/static-assets), served as separate files instead of inlined into the stylesheet.
  staticDirectories: ['static', STATIC_ASSETS_DIR],

  // A strict build: anything broken fails it.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // The entry scripts are loaded once the text is painted (src/hosting/after-first-paint.ts).
  ssrTemplate: SSR_TEMPLATE,
  markdown: {
    format: 'mdx',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'lt',
    locales: ['lt', 'en'],
    localeConfigs: {
      lt: {label: 'Lietuvių', htmlLang: 'lt', direction: 'ltr'},
      en: {label: 'English', htmlLang: 'en', direction: 'ltr'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          remarkPlugins: [
            remarkMath,
            [remarkChecklistItems, {siteDir: __dirname}],
            [remarkErrata, {siteDir: __dirname}],
            [remarkWhatChanged, {siteDir: __dirname}],
          ],
          rehypePlugins: [
            rehypeStackedTables,
            rehypeKatex,
            [rehypeKatexStylesheet, {baseUrl, version: katexVersion()}],
          ],
          admonitions: {keywords: ['norway', 'example', 'inshort'], extendDefaults: true},
          versions: docsVersionOptions(released),
          lastVersion: released[0] ?? CURRENT_EDITION,
          onlyIncludeVersions: draftOnly ? [CURRENT_EDITION] : undefined,
          showLastUpdateTime: false,
          editUrl: undefined,
        },
        blog: false,
        theme: {
          customCss: [
            './src/css/custom.css',
            './src/css/accessibility.css',
            './src/css/reading.css',
            './src/css/print.css',
          ],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './src/plugins/lean-client/index.ts',
    './src/plugins/strings/index.ts',
    './src/plugins/static-assets/index.ts',
    './src/plugins/pdf/index.ts',
    './src/plugins/parity/index.ts',
    './src/plugins/checklists/index.ts',
    './src/plugins/contents/index.ts',
    './src/plugins/search/index.ts',
    './src/plugins/csp/index.ts',
  ],
  // Highlights search matches on the page a result opens (`?hl=`).
  clientModules: ['./src/clientModules/searchHighlight.ts', './src/clientModules/idlePrefetch.ts'],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Skaidrumo vadovas',
      // The title stands beside the logo, so the image is decorative (an alt text would repeat it).
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'book', position: 'left', label: 'Vadovas'},
        {to: '/self-assessment', position: 'left', label: 'Savęs vertinimas'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'custom-pdfDownload', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Vadovas',
          items: [
            {label: 'Apie vadovą', to: `${guideBase}about`},
            {label: 'Kaip cituoti', to: `${guideBase}about#citing`},
            {label: 'Pareiškimas dėl prieinamumo', to: '/accessibility'},
          ],
        },
        {
          title: 'Privatumas',
          items: [{label: 'Jūsų duomenys lieka naršyklėje', to: `${guideBase}about#privacy`}],
        },
      ],
      copyright:
        'Vadovas parengtas įgyvendinant projektą „Tvarios plėtros skatinimas stiprinant viešojo sektoriaus socialinę klasterystę“ (Nr. NOR-LT10-VRM-01-K-02-006), finansuotą Norvegijos finansinio mechanizmo 2009–2014 m. programos LT10 lėšomis.',
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
