import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {TitleFormatterProvider} from '@docusaurus/theme-common/internal';

type Formatter = Parameters<typeof TitleFormatterProvider>[0]['formatter'];

/**
 * Page titles (`<title>`, og:title) end with the site's name in the page's language: the config's
 * `title` is Lithuanian only, so the English edition would otherwise say "… | Valstybės gerovės…".
 */
const formatter: Formatter = (params) =>
  params.defaultFormatter({
    ...params,
    siteTitle: translate({
      id: 'site.title',
      message: 'Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas',
      description: 'The site name at the end of every page title',
    }),
  });

export default function ThemeProviderTitleFormatter({children}: {children: ReactNode}): ReactNode {
  return <TitleFormatterProvider formatter={formatter}>{children}</TitleFormatterProvider>;
}
