import {useCallback} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {pluralMessage} from '@site/src/client/plural';

/**
 * `selectMessage(count, message)` for the page's locale, in place of Docusaurus's `usePluralForm`
 * (see src/client/plural.ts for why).
 */
export function usePluralMessage(): (count: number, message: string) => string {
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  return useCallback(
    (count: number, message: string) => pluralMessage(currentLocale, count, message),
    [currentLocale],
  );
}
