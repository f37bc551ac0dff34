import {describe, expect, it} from 'vitest';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import {SAFETY_MS, SSR_TEMPLATE} from '../../src/hosting/after-first-paint';
import {PAGE_SCRIPTS_ATTRIBUTE} from '../../src/hosting/page-scripts';

const URLS = ['/assets/js/runtime~main.1a2b.js', '/assets/js/main.3c4d.js'];

const render = await compileSSGTemplate(SSR_TEMPLATE);

/** A page as Docusaurus renders it with the template, its entry scripts at `urls`. */
function renderPage(urls: readonly string[]): string {
  return render({
    appHtml: '<main>Tekstas</main>',
    baseUrl: '/',
    htmlAttributes: 'lang="lt"',
    bodyAttributes: '',
    headTags: '',
    preBodyTags: '',
    postBodyTags: '',
    metaAttributes: ['<title>Vadovas</title>'],
    scripts: urls.map((url) => url.slice(1)),
    stylesheets: ['assets/css/styles.css'],
    noIndex: false,
    version: '3.10.2',
  });
}

/** The inline scripts of a rendered page's body. */
function bodyScripts(html: string): string[] {
  return [...html.slice(html.indexOf('<body')).matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
}

/** The loader the template writes for `urls`. */
function loaderScript(urls: readonly string[]): string {
  const scripts = bodyScripts(renderPage(urls));
  expect(scripts).toHaveLength(1);
  return scripts[0] ?? '';
}

interface Inserted {
  src: string;
  async: boolean;
}

/**
 * Runs a loader script against a stand-in window and document. `paint`: whether the browser reports
 * paint entries (then `paint()` delivers the first contentful paint, as Chromium does).
 */
function runLoader(
  code: string,
  options: {visibility: 'visible' | 'hidden'; paint: boolean; pageScripts?: string},
) {
  const inserted: Inserted[] = [];
  const frames: (() => void)[] = [];
  const timers: {callback: () => void; ms: number}[] = [];
  const listeners: Record<string, () => void> = {};
  const observers: {callback: (list: unknown, observer: unknown) => void; disconnected: boolean}[] = [];
  class FakeObserver {
    static supportedEntryTypes = options.paint ? ['navigation', 'paint'] : ['navigation'];
    entry: {callback: (list: unknown, observer: unknown) => void; disconnected: boolean};
    constructor(callback: (list: unknown, observer: unknown) => void) {
      this.entry = {callback, disconnected: false};
      observers.push(this.entry);
    }
    observe(init: {type: string; buffered: boolean}) {
      expect(init).toEqual({type: 'paint', buffered: true});
    }
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  const document = {
    visibilityState: options.visibility,
    // The loader's own element, which may name the page's chunks (src/hosting/page-scripts.ts).
    currentScript: {
      getAttribute: (name: string) =>
        name === PAGE_SCRIPTS_ATTRIBUTE ? (options.pageScripts ?? null) : null,
    },
    createElement: (tag: string) => {
      expect(tag).toBe('script');
      return {src: '', async: true};
    },
    head: {appendChild: (element: Inserted) => inserted.push({...element})},
    addEventListener: (type: string, listener: () => void) => {
      listeners[type] = listener;
    },
  };
  const run = new Function('window', 'document', 'requestAnimationFrame', 'setTimeout', code) as (
    ...args: unknown[]
  ) => void;
  run(
    {PerformanceObserver: FakeObserver},
    document,
    (callback: () => void) => frames.push(callback),
    (callback: () => void, ms: number) => timers.push({callback, ms}),
  );
  const paint = (name: string) => {
    for (const observer of observers) {
      const list = {getEntriesByName: (wanted: string) => (wanted === name ? [{name}] : [])};
      observer.callback(list, {disconnect: () => (observer.disconnected = true)});
    }
  };
  return {inserted, frames, timers, listeners, observers, paint};
}

const asInserted = URLS.map((src) => ({src, async: false}));

describe('entry scripts loaded after the first paint', () => {
  it('inserts nothing until the first contentful paint is reported, then every script, in order, not async', () => {
    const loader = runLoader(loaderScript(URLS), {visibility: 'visible', paint: true});
    expect(loader.inserted).toEqual([]);
    expect(loader.frames).toEqual([]);
    loader.paint('first-paint');
    expect(loader.inserted).toEqual([]);
    loader.paint('first-contentful-paint');
    expect(loader.inserted).toEqual(asInserted);
    expect(loader.observers.every((o) => o.disconnected)).toBe(true);
    // The safety timer and a later visibility change do not load them twice.
    for (const timer of loader.timers) {
      timer.callback();
    }
    loader.listeners.visibilitychange?.();
    expect(loader.inserted).toEqual(asInserted);
  });

  it('without paint entries, waits for the frame after the first one', () => {
    const loader = runLoader(loaderScript(URLS), {visibility: 'visible', paint: false});
    expect(loader.observers).toEqual([]);
    loader.frames.shift()?.();
    expect(loader.inserted).toEqual([]);
    loader.frames.shift()?.();
    expect(loader.inserted).toEqual([]);
    loader.timers.find((t) => t.ms === 0)?.callback();
    expect(loader.inserted).toEqual(asInserted);
  });

  it(`never waits longer than ${SAFETY_MS} ms, nor once the page is hidden`, () => {
    const timed = runLoader(loaderScript(URLS), {visibility: 'visible', paint: true});
    expect(timed.timers.map((t) => t.ms)).toEqual([SAFETY_MS]);
    timed.timers[0]?.callback();
    expect(timed.inserted).toEqual(asInserted);
    const hiddenLater = runLoader(loaderScript(URLS), {visibility: 'visible', paint: true});
    hiddenLater.listeners.visibilitychange?.();
    expect(hiddenLater.inserted).toEqual(asInserted);
  });

  it("adds the page's chunks named on its element after the entry scripts, in order", () => {
    const chunks = ['/assets/js/17896441.ab.js', '/assets/js/4682.cd.js'];
    const loader = runLoader(loaderScript(URLS), {
      visibility: 'visible',
      paint: true,
      pageScripts: chunks.join(' '),
    });
    loader.paint('first-contentful-paint');
    expect(loader.inserted).toEqual([...URLS, ...chunks].map((src) => ({src, async: false})));
    const none = runLoader(loaderScript(URLS), {visibility: 'hidden', paint: true, pageScripts: ''});
    expect(none.inserted).toEqual(asInserted);
  });

  it('loads at once in a hidden tab, which paints no frames', () => {
    const loader = runLoader(loaderScript(URLS), {visibility: 'hidden', paint: true});
    expect(loader.observers).toEqual([]);
    expect(loader.inserted).toEqual(asInserted);
  });

  it('writes URLs as JSON that cannot end the script element', () => {
    const hostile = '/a</script><script>alert(1)//.js';
    const html = renderPage([hostile, '/x\u2028y.js']);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(loaderScript([hostile])).toContain('"/a\\u003c/script>\\u003cscript>alert(1)//.js"');
    const loader = runLoader(loaderScript([hostile, '/x\u2028y.js']), {visibility: 'hidden', paint: true});
    expect(loader.inserted.map((s) => s.src)).toEqual([hostile, '/x\u2028y.js']);
  });

  it("Docusaurus's page template puts the loader last in the body and no script in the head", async () => {
    const html = renderPage(URLS);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="stylesheet" href="/assets/css/styles.css" />');
    expect(head).not.toContain('<script');
    const body = html.slice(html.indexOf('<body'));
    expect(bodyScripts(html)).toHaveLength(1);
    expect(body.indexOf('Tekstas')).toBeLessThan(body.indexOf('<script>'));
    expect(body).toMatch(/<\/script>\s*<\/body>\s*<\/html>\s*$/);
  });
});
