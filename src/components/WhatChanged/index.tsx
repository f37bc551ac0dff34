import {deferredIsland} from '@site/src/components/Island';
import type {Props} from './Live';
import ServerLive from './Live.server-only';

/**
 * One part of the "what changed" appendix (./Live.tsx). Used on that page only, so its code is not
 * in every page's chunk: served as HTML and made live when the reader comes near it (deferredIsland).
 */
export default deferredIsland<Props>({
  name: 'what-changed',
  load: () => import('./Live'),
  server: ServerLive,
  keyOf: ({part}) => part,
});
