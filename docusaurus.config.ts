import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkChecklistItems from './src/remark/checklist-items';
import {
  CURRENT_EDITION,
  defaultEdition,
  docsVersionOptions,
  editionBasePath,
  releasedEditionsInBuild,
} from './src/editions/editions';

// Environment switches for quick local work; CI and `npm test` build everything.
//   DOCS_DRAFT_ONLY=1   build only the draft edition
const released = releasedEditionsInBuild(__dirname);
const draftOnly = process.env.DOCS_DRAFT_ONLY === '1';
const guideBase = editionBasePath(defaultEdition(released), released);

const config: Config = {
  title: 'Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas',
  tagline:
    'Praktinis vadovas savivaldybių darbuotojams: kaip skaidriai įgyvendinti valstybės gerovės politiką',
  favicon: 'img/favicon.svg',
  // The public address is set where the site is deployed (hosting comes in a later issue).
  url: process.env.SITE_URL ?? 'http://127.0.0.1:3000',
  baseUrl: '/',
  trailingSlash: false,

  // A strict build: anything broken fails it.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
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
          remarkPlugins: [remarkMath, [remarkChecklistItems, {siteDir: __dirname}]],
          rehypePlugins: [rehypeKatex],
          admonitions: {keywords: ['norway', 'example'], extendDefaults: true},
          versions: docsVersionOptions(released),
          lastVersion: released[0] ?? CURRENT_EDITION,
          onlyIncludeVersions: draftOnly ? [CURRENT_EDITION] : undefined,
          showLastUpdateTime: false,
          editUrl: undefined,
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: ['./src/plugins/parity/index.ts', './src/plugins/checklists/index.ts'],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Skaidrumo vadovas',
      logo: {alt: 'Skaidrumo vadovas', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'book', position: 'left', label: 'Vadovas'},
        {to: '/self-assessment', position: 'left', label: 'Savęs vertinimas'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'custom-pdfDownload', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
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
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
