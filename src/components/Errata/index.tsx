import {deferredIsland} from '@site/src/components/Island';
import type {Props} from './Live';
import ServerLive from './Live.server-only';

/**
 * A released edition's corrections (./Live.tsx), on its about page only, so its code is not in every
 * page's chunk: served as HTML and made live when the reader comes near it (deferredIsland).
 */
export default deferredIsland<Props>({
  name: 'errata',
  load: () => import('./Live'),
  server: ServerLive,
});
