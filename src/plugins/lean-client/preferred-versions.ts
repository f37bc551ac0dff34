// The docs plugin's "preferred version" state (the edition a reader last read, per docs plugin), as
// plain data: see ./docs-preferred-version.ts for the provider that holds it.

/** Each docs plugin's preferred version, by plugin id; null where none is stored. */
export type PreferredVersions = Readonly<Record<string, {readonly preferredVersionName: string | null}>>;

/** What the server renders and the first client render matches: no preference for any plugin. */
export function noPreferences(pluginIds: readonly string[]): PreferredVersions {
  return Object.fromEntries(pluginIds.map((id) => [id, {preferredVersionName: null}]));
}

/**
 * The preferences kept in the browser's storage. A stored name that is no longer a version of its
 * plugin (an edition removed from the site) is cleared from storage and read as none, as the docs
 * plugin does.
 */
export function storedPreferences(options: {
  pluginIds: readonly string[];
  versionNames: (pluginId: string) => readonly string[];
  read: (pluginId: string) => string | null;
  clear: (pluginId: string) => void;
}): PreferredVersions {
  return Object.fromEntries(
    options.pluginIds.map((id) => {
      const stored = options.read(id);
      if (stored !== null && options.versionNames(id).includes(stored)) {
        return [id, {preferredVersionName: stored}];
      }
      if (stored !== null) {
        options.clear(id);
      }
      return [id, {preferredVersionName: null}];
    }),
  );
}

/** Whether two states name the same preference for the same plugins. */
export function samePreferences(a: PreferredVersions, b: PreferredVersions): boolean {
  const ids = Object.keys(a);
  return (
    ids.length === Object.keys(b).length &&
    ids.every((id) => b[id] !== undefined && a[id]?.preferredVersionName === b[id].preferredVersionName)
  );
}
