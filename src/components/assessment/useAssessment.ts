import {useSyncExternalStore} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {emptyRecord} from '@site/src/assessment/model';
import {AssessmentStore, browserStorage, type StoreState} from '@site/src/assessment/store';

// One store per edition for the whole page session, shared by the chapter checklists and the
// whole-institution page, created in the browser only (storage is read after hydration).
const stores = new Map<string, AssessmentStore>();
let listening = false;

/**
 * The edition's store, created on first use. Browser only: call it from event handlers and effects,
 * never while rendering on the server.
 */
export function assessmentStore(edition: string): AssessmentStore {
  let store = stores.get(edition);
  if (!store) {
    store = new AssessmentStore(edition, browserStorage());
    stores.set(edition, store);
  }
  if (!listening) {
    listening = true;
    window.addEventListener('storage', (event) => {
      if (event.storageArea === null || event.storageArea === window.localStorage) {
        stores.forEach((s) => s.handleStorageEvent(event.key, event.newValue));
      }
    });
    // A page shown again (back/forward cache, a tab brought forward) may have missed other tabs'
    // changes: read storage again. A page hidden or closed writes what typing left unwritten.
    const refresh = () => stores.forEach((s) => s.refresh());
    const flush = () => stores.forEach((s) => s.flush());
    window.addEventListener('pageshow', refresh);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () =>
      document.visibilityState === 'visible' ? refresh() : flush(),
    );
  }
  return store;
}

const serverStates = new Map<string, StoreState>();
function serverState(edition: string): StoreState {
  let state = serverStates.get(edition);
  if (!state) {
    state = {record: emptyRecord(edition), persistence: 'persistent', setAsideKey: null};
    serverStates.set(edition, state);
  }
  return state;
}

export interface UseAssessment {
  /** Null until the page has hydrated and read the browser's storage. */
  store: AssessmentStore | null;
  state: StoreState;
}

const noop = () => () => undefined;

export function useAssessment(edition: string): UseAssessment {
  const isBrowser = useIsBrowser();
  const store = isBrowser ? assessmentStore(edition) : null;
  const state = useSyncExternalStore(
    store ? (listener) => store.subscribe(listener) : noop,
    () => (store ? store.getState() : serverState(edition)),
    () => serverState(edition),
  );
  return {store, state};
}
