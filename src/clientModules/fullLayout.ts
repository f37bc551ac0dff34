/**
 * Lays a page out in full when a navigation inside the site brings the reader to an anchor or to
 * search highlights (see src/reading/full-layout.ts). `onRouteUpdate` runs when the navigation
 * starts, before the new page renders and before Docusaurus scrolls to the anchor, so the scroll is
 * computed on real heights. A navigation to a page without either takes the attribute away again.
 */
import type {ClientModule} from '@docusaurus/types';
import {FULL_LAYOUT_ATTRIBUTE, needsFullLayout} from '@site/src/reading/full-layout';

const fullLayout: ClientModule = {
  onRouteUpdate({location}) {
    document.documentElement.toggleAttribute(
      FULL_LAYOUT_ATTRIBUTE,
      needsFullLayout(location.search, location.hash),
    );
  },
};

export default fullLayout;
