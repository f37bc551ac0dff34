import React, {type ComponentProps, type MouseEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';

type Props = Omit<ComponentProps<'a'>, 'href'> & {
  /**
   * A path of this site (`/docs/...`, without the base URL), with an optional `#anchor`; or only an
   * `#anchor` in the current page, which the browser follows itself.
   */
  to: string;
};

/** A click the browser should handle itself: a new tab or window, a download, not the main button. */
function opensElsewhere(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
}

/**
 * A link to another page of the site for long lists (the self-assessment page has one per question):
 * a plain anchor that navigates inside the app on a plain click and loads the target page's code on
 * hover or touch, like Docusaurus's `Link`, but without the intersection observer each `Link` sets up
 * to prefetch its target when it scrolls into view. With about a hundred questions those observers
 * and their callbacks were part of every step that added questions to the page.
 */
export default function RouteLink({to, onClick, ...props}: Props): ReactNode {
  const history = useHistory();
  const href = useBaseUrlUtils().withBaseUrl(to);
  if (to.startsWith('#')) {
    return <a {...props} href={to} onClick={onClick} />;
  }
  const preload = () => window.docusaurus?.preload(href);
  return (
    <a
      {...props}
      href={href}
      onMouseEnter={preload}
      onTouchStart={preload}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented && !opensElsewhere(event) && !props.target) {
          event.preventDefault();
          history.push(href);
        }
      }}
    />
  );
}
