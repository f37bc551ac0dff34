import React, {useCallback, useState, type MouseEvent, type ReactNode, type TouchEvent} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {matchPath, useHistory} from '@docusaurus/router';
import routes from '@generated/routes';
import Original from '@theme-original/DocItem/Content';
import type {Props} from '@theme/DocItem/Content';
import {hasRoute, routerTarget, staticContent, type RouteEntry} from '@site/src/client/static-content';
import {SERVER_HTML} from '@site/src/components/Island';

const CONTENT = `.${ThemeClassNames.docs.docMarkdown}`;

const isPage = (pathname: string) => hasRoute(routes as RouteEntry[], pathname, matchPath);
const preloaded = new Set<string>();

function linkOf(target: EventTarget): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest('a[href]') : null;
}

/**
 * A doc's content. When the page was served with it and nothing in it needs its components' code
 * (text, tables, formulas, links: see LIVE_CONTENT), it is not hydrated: React is given the element
 * with an empty `dangerouslySetInnerHTML` and leaves the served HTML as it is, so that the long
 * content's element tree is neither built nor compared while the page loads. Its links still open
 * their pages through the router, and are preloaded on hover and touch, as Docusaurus's links are.
 * Rendered by the router (no served HTML) or with anything live in it, the content renders as usual.
 */
export default function DocItemContent(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const [isStatic] = useState(
    () => !isBrowser && typeof document !== 'undefined' && staticContent(document, CONTENT) !== null,
  );
  const history = useHistory();
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const link = linkOf(event.target);
      const to = link ? routerTarget(link, event, window.location, isPage) : null;
      if (to !== null) {
        event.preventDefault();
        history.push(to);
      }
    },
    [history],
  );
  const preload = useCallback((event: MouseEvent<HTMLDivElement> | TouchEvent<HTMLDivElement>) => {
    const link = linkOf(event.target);
    if (link !== null) {
      const url = new URL(link.href);
      if (url.origin === window.location.origin && !preloaded.has(url.pathname) && isPage(url.pathname)) {
        preloaded.add(url.pathname);
        void window.docusaurus.preload(url.pathname);
      }
    }
  }, []);
  if (!isStatic) {
    return <Original {...props} />;
  }
  return (
    // The links inside are focusable and work with the keyboard (Enter clicks them): the handlers
    // only pass their clicks to the router.
    <div
      className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}
      dangerouslySetInnerHTML={SERVER_HTML}
      suppressHydrationWarning
      onClick={onClick}
      onMouseOver={preload}
      onTouchStart={preload}
    />
  );
}
