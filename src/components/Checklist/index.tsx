import {deferredIsland} from '@site/src/components/Island';
import type {Props} from './Live';
import ServerLive from './Live.server-only';

/**
 * A chapter's checklist (./Live.tsx): rendered with the page on the server, made live when the
 * reader comes near it (see deferredIsland), so that reading a chapter needs none of its code.
 */
export default deferredIsland<Props>({
  name: 'checklist',
  load: () => import('./Live'),
  server: ServerLive,
  keyOf: ({edition, chapter}) => `${edition}/${chapter}`,
});
