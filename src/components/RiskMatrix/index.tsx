import {deferredIsland} from '@site/src/components/Island';
import ServerLive from './Live.server-only';

/**
 * The corruption-risk chapter's matrix (./Live.tsx). Used in that chapter only, so its code is not in
 * every page's chunk: served as HTML and made live when the reader comes near it (deferredIsland).
 */
export default deferredIsland<Record<string, never>>({
  name: 'risk-matrix',
  load: () => import('./Live'),
  server: ServerLive,
});
