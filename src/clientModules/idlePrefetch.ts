/**
 * Docusaurus's links prefetch the code of the page they lead to as soon as they come into view. On a
 * page that has just loaded, every link in view does so at once, in the middle of hydration: each
 * call matches the route against every route of the site and adds a `<link rel="prefetch">` per
 * chunk (6–14 ms of main-thread work unthrottled on the self-assessment page, in one task with
 * React's). Here each call waits for an idle moment of the browser, one route per idle callback, so
 * the page becomes usable first; the same routes are still prefetched, in the same order. Hovering or
 * touching a link still loads its page at once (Docusaurus's `preload`, not changed).
 *
 * The queue starts only once the reader starts using the page (`onFirstEngagement`: a scroll, touch,
 * click, key press or focus move). Started at load, its idle callbacks were still 3–52 ms each,
 * unthrottled (a route's chunks added as `<link rel="prefetch">`, 17 on the home page and 36 on a
 * chapter on a phone, 222 on a chapter with the desktop sidebar in view), inside the load that
 * Lighthouse measures, and the requests shared a slow line with the page's own. A reader who never
 * touches the page needs none of them.
 */
import type {ClientModule} from '@docusaurus/types';
import {onFirstEngagement} from '@site/src/client/engagement';
import {createIdleQueue, deferOnce, heldUntil, whenIdle} from '@site/src/client/idle-queue';

let deferred = false;

const idlePrefetch: ClientModule = {
  onRouteDidUpdate() {
    // The first call comes with the first render after hydration, before any link's observer has
    // reported that the link is in view.
    if (deferred || !window.docusaurus) {
      return;
    }
    deferred = true;
    // Docusaurus's object is read-only: the links call whatever `window.docusaurus` is then.
    const {prefetch, preload} = window.docusaurus;
    window.docusaurus = {
      prefetch: deferOnce(
        (url) => prefetch(url),
        createIdleQueue(
          heldUntil(
            (run) => whenIdle(run, 3000),
            (release) => onFirstEngagement(window, release, null),
          ),
        ),
      ),
      preload,
    };
  },
};

export default idlePrefetch;
