// Stands in for @docusaurus/plugin-content-docs/lib/client/docsPreferredVersion.js (see ./index.ts):
// the same context, provider and hooks, with one change. The docs plugin remembers the edition a
// reader last read (its "preferred version"), which the navbar's edition menu and sidebar link follow.
// The server cannot read it, so the provider starts with none and reads the browser's storage in an
// effect after hydration. The original then always set a new state object, equal or not: an update of
// React's default priority, which React 19 renders in one piece, rendering every component that asks
// (the navbar's edition menu and book link; on the home page the contents' 240 links: 63 ms of work
// per load, unthrottled, against 8–10 ms elsewhere). Here the
// state is kept when storage holds what it already says (a reader who never chose an edition: no
// render at all), and a stored choice is set in a transition, rendered in slices a reader's input can
// interrupt. Choosing an edition is saved and shown at once, as before.
import {
  createContext,
  createElement,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  useAllDocsData,
  useDocsData,
  type GlobalPluginData,
  type GlobalVersion,
} from '@docusaurus/plugin-content-docs/client';
import {DEFAULT_PLUGIN_ID} from '@docusaurus/constants';
import {useThemeConfig} from '@docusaurus/theme-common';
import {ReactContextError, createStorageSlot} from '@docusaurus/theme-common/internal';
// Through the site's alias: webpack resolves this module's imports from the original's folder.
import {
  noPreferences,
  samePreferences,
  storedPreferences,
  type PreferredVersions,
} from '@site/src/plugins/lean-client/preferred-versions';

type Persistence = 'localStorage' | 'none';
type ContextValue = readonly [
  PreferredVersions,
  {savePreferredVersion: (pluginId: string, name: string) => void},
];

// The docs plugin's storage key, so that a preference saved before this replacement is still read.
const slot = (pluginId: string, persistence: Persistence) =>
  createStorageSlot(`docs-preferred-version-${pluginId}`, {persistence});

const Context = createContext<ContextValue | null>(null);

function useContextValue(): ContextValue {
  const allDocsData = useAllDocsData() as Record<string, GlobalPluginData>;
  const persistence = useThemeConfig().docs.versionPersistence as Persistence;
  const pluginIds = useMemo(() => Object.keys(allDocsData), [allDocsData]);
  const [state, setState] = useState(() => noPreferences(pluginIds));
  useEffect(() => {
    const stored = storedPreferences({
      pluginIds,
      versionNames: (id) => allDocsData[id]?.versions.map((version) => version.name) ?? [],
      read: (id) => slot(id, persistence).get(),
      clear: (id) => slot(id, persistence).del(),
    });
    startTransition(() => setState((current) => (samePreferences(current, stored) ? current : stored)));
  }, [allDocsData, persistence, pluginIds]);
  const api = useMemo(
    () => ({
      savePreferredVersion(pluginId: string, name: string) {
        slot(pluginId, persistence).set(name);
        setState((current) => ({...current, [pluginId]: {preferredVersionName: name}}));
      },
    }),
    [persistence],
  );
  return useMemo(() => [state, api] as const, [state, api]);
}

export function DocsPreferredVersionContextProvider({children}: {children: ReactNode}): ReactNode {
  return createElement(Context.Provider, {value: useContextValue()}, children);
}

function usePreferredVersionContext(): ContextValue {
  const value = useContext(Context);
  if (value === null) {
    throw new ReactContextError('DocsPreferredVersionContextProvider');
  }
  return value;
}

function versionNamed(
  versions: readonly GlobalVersion[],
  name: string | null | undefined,
): GlobalVersion | null {
  return versions.find((version) => version.name === name) ?? null;
}

export function useDocsPreferredVersion(pluginId: string = DEFAULT_PLUGIN_ID): {
  preferredVersion: GlobalVersion | null;
  savePreferredVersionName: (versionName: string) => void;
} {
  const docsData = useDocsData(pluginId);
  const [state, api] = usePreferredVersionContext();
  const savePreferredVersionName = useCallback(
    (versionName: string) => api.savePreferredVersion(pluginId, versionName),
    [api, pluginId],
  );
  return {
    preferredVersion: versionNamed(docsData.versions, state[pluginId]?.preferredVersionName),
    savePreferredVersionName,
  };
}

export function useDocsPreferredVersionByPluginId(): Record<string, GlobalVersion | null> {
  const allDocsData = useAllDocsData() as Record<string, GlobalPluginData>;
  const [state] = usePreferredVersionContext();
  return Object.fromEntries(
    Object.entries(allDocsData).map(([id, data]) => [
      id,
      versionNamed(data.versions, state[id]?.preferredVersionName),
    ]),
  );
}
