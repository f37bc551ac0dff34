import React, {type ReactNode} from 'react';

/**
 * Wraps controls (a chapter's questions, the profile's fields) so that none can be used until the page
 * has read the browser's storage (answers typed before that would be lost): one `inert` attribute, removed with one
 * change once the store is ready. Disabling each control instead (or a fieldset around them) changes
 * the `:disabled` state of hundreds of elements at that moment; Lighthouse's trace showed it as the
 * longest task after hydration (about 100 ms unthrottled on a chapter, 0.8 s on the self-assessment
 * page). A plain `div`: no box and no role of its own.
 */
export default function UntilReady({ready, children}: {ready: boolean; children: ReactNode}): ReactNode {
  return <div inert={!ready}>{children}</div>;
}
