// Stands in for @docusaurus/theme-common/lib/utils/reactUtils.js (see ./index.ts): every name of the
// original, which this module passes on, with one function written again.
//
// `useShallowMemoObject` sorts an object's keys so that their order does not matter. The original
// compares them with `localeCompare`, and the first call of it in a page sets up the browser's
// collation data for the reader's language: 11–33 ms of one task on a chapter while it hydrates
// (unthrottled, measured here; four times that on a phone), for the two keys of the mobile sidebar's props. Keys
// are property names; any fixed order serves, so they are compared by their UTF-16 code units.
import {useMemo} from 'react';

// @ts-expect-error: the original module, by an alias only webpack knows (its package does not export the path)
export * from '@docusaurus-original/react-utils';

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same object as on the previous render while its own properties keep their values. */
export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj).sort(byKey);
  // eslint-disable-next-line react-hooks/use-memo, react-hooks/exhaustive-deps -- the dependencies are the properties themselves
  return useMemo(() => obj, deps.flat());
}
