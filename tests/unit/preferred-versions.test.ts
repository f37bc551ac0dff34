import {describe, expect, it} from 'vitest';
import {
  noPreferences,
  samePreferences,
  storedPreferences,
} from '../../src/plugins/lean-client/preferred-versions';

describe('the preferred edition, as the docs plugin keeps it', () => {
  const versions: Record<string, string[]> = {default: ['current', '2026'], other: ['current']};
  const fromStorage = (stored: Record<string, string>) => {
    const cleared: string[] = [];
    const state = storedPreferences({
      pluginIds: Object.keys(versions),
      versionNames: (id) => versions[id] ?? [],
      read: (id) => stored[id] ?? null,
      clear: (id) => cleared.push(id),
    });
    return {state, cleared};
  };

  it('starts with no preference for any plugin, as the server renders it', () => {
    expect(noPreferences(['default', 'other'])).toEqual({
      default: {preferredVersionName: null},
      other: {preferredVersionName: null},
    });
  });

  it('reads a stored edition that the site still has', () => {
    expect(fromStorage({default: '2026'})).toEqual({
      state: {default: {preferredVersionName: '2026'}, other: {preferredVersionName: null}},
      cleared: [],
    });
  });

  it('clears a stored edition the site no longer has, and reads it as none', () => {
    expect(fromStorage({default: '2024', other: 'current'})).toEqual({
      state: {default: {preferredVersionName: null}, other: {preferredVersionName: 'current'}},
      cleared: ['default'],
    });
  });

  it('tells an equal state from a new one, so that nothing is rendered again for nothing', () => {
    const none = noPreferences(Object.keys(versions));
    expect(samePreferences(none, fromStorage({}).state)).toBe(true);
    expect(samePreferences(none, fromStorage({default: '2026'}).state)).toBe(false);
    expect(
      samePreferences(fromStorage({other: 'current'}).state, fromStorage({other: 'current'}).state),
    ).toBe(true);
    // Different plugins, or one more.
    expect(samePreferences(noPreferences(['default']), noPreferences(['other']))).toBe(false);
    expect(samePreferences(noPreferences(['default']), none)).toBe(false);
    expect(samePreferences(none, noPreferences(['default']))).toBe(false);
  });
});
