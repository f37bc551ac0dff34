import {deferredIsland} from '@site/src/components/Island';
import type {Props} from './Live';
import ServerLive from './Live.server-only';

/**
 * The self-assessment page's sections after the questions (./Live.tsx), from the results to the
 * printable report: served with the page, left as served when it hydrates, and made live once the
 * reader starts using the page (`start`: scrolling, a key, a touch, or a few quiet seconds), when
 * they come near or focus enters them, or when printing starts (their code is fetched when the
 * browser is first idle, so that it is there for that). Hydrated with the page, they were four
 * tenths of its elements and code, on a phone several screens below what the reader sees first.
 */
export default deferredIsland<Props>({
  name: 'assessment-sections',
  load: () => import('./Live'),
  server: ServerLive,
  startWhen: ({start}) => start,
  prefetch: true,
});
