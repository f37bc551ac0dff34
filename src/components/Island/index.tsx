import React, {
  Suspense,
  lazy,
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import {flushSync} from 'react-dom';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {whenIdle} from '@site/src/client/idle-queue';
import {cameFromBefore, elementAt, elementPath, firstTabbable, whenNear} from '@site/src/client/near-view';

type Module<P> = {default: ComponentType<P>};

/**
 * Given to an element whose served content React should leave alone: React sees no content of its
 * own there, and hydration does not compare `dangerouslySetInnerHTML` (used with
 * `suppressHydrationWarning`). Also src/theme/DocItem/Content.
 */
export const SERVER_HTML = {__html: ''};

function serverRendered(name: string, key: string): boolean {
  return (
    document.querySelector(`[data-island="${CSS.escape(name)}"][data-island-key="${CSS.escape(key)}"]`) !==
    null
  );
}

/** After a page opened by the router, the in-page target the router could not find before it loaded. */
function ScrollToTarget({root}: {root: React.RefObject<HTMLDivElement | null>}): null {
  useLayoutEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && root.current?.contains(target)) {
      target.scrollIntoView();
    }
  }, [root]);
  return null;
}

/**
 * A part of a page whose code the reader need not download to read the page: a chapter's checklist
 * at the end of the chapter, a component used on one page only. Its code is loaded when the reader
 * comes near it.
 *
 * - On the server it is rendered in full (`server`), so the page's HTML has it (and search engines,
 *   print and find-in-page see it) before any script runs.
 * - When the browser hydrates that HTML, the island's content is left as it is: React is given an
 *   element whose content it does not own (`dangerouslySetInnerHTML` empty, which hydration does not
 *   compare). When the island comes within one and a half screens of the viewport, or focus enters it,
 *   its code is loaded and the live component rendered in its place, with the same markup (focus, if
 *   it was inside, kept inside). A chunk that fails to load leaves the static HTML.
 * - `startWhen` makes it live also when its props say so (the self-assessment page's later sections:
 *   once the reader starts using the page). `prefetch` loads its code when the browser is first idle,
 *   so that printing, which cannot wait for a download, finds it loaded: the island is then made live
 *   before the page is laid out for print.
 * - The live component is rendered in a transition: React renders it in slices, yielding to the
 *   reader's input, and the static HTML stays until the live markup replaces it in one commit.
 * - Rendered in the browser without server HTML (a page opened by the router, the dev server), it is
 *   loaded at once.
 *
 * Not React's own selective hydration (a `lazy` component in a `Suspense` boundary): a boundary still
 * waiting to hydrate holds back every context change above it, and Docusaurus changes one (the browser
 * context) just after every hydration.
 */
export function deferredIsland<P extends object>({
  name,
  load,
  server,
  keyOf,
  startWhen,
  prefetch = false,
}: {
  /** Names the island in the page's HTML (`data-island`). */
  name: string;
  /** The live component's module, for the browser: an `import()`, a chunk of its own. */
  load: () => Promise<Module<P>>;
  /**
   * The same component imported from a `*.server-only.ts` module: the component in the server's
   * bundle, null in the browser's (src/plugins/lean-client). Rendered at once, not through `lazy`: React
   * streams a large suspended boundary out of order, placed by inline scripts.
   */
  server: ComponentType<P> | null;
  /** Tells islands of the same name on one page apart (`data-island-key`); one per page without it. */
  keyOf?: (props: P) => string;
  /** Also made live (not only when near or focused) once this is true of its props. */
  startWhen?: (props: P) => boolean;
  /** Load the code when the browser is first idle after the page has hydrated (see above: printing). */
  prefetch?: boolean;
}): ComponentType<P> {
  // The live component once its code has arrived (one download per page load, shared by every
  // island of this name).
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  // A chunk that fails to load is asked for again next time.
  const loadOnce = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => loadOnce().then((component) => ({default: component})));
  function Island(props: P): ReactNode {
    const isBrowser = useIsBrowser();
    const key = keyOf ? keyOf(props) : '';
    const root = useRef<HTMLDivElement>(null);
    const [isStatic] = useState(
      () => !isBrowser && typeof document !== 'undefined' && serverRendered(name, key),
    );
    const [Live, setLive] = useState<ComponentType<P> | null>(null);
    // Its code has been fetched ahead (`prefetch`): shown as `data-island-code="loaded"`.
    const [codeLoaded, setCodeLoaded] = useState(false);
    // Where focus was inside the static island when the live one replaced it, and how it came in.
    const focus = useRef<{path: number[]; forward: boolean} | null>(null);

    const start = startWhen ? startWhen(props) : false;
    // Set once the live component has been asked for, so that coming near, focus, props and
    // printing ask for it once; `ask` is the current way to ask (set while the island is static).
    const asked = useRef(false);
    const ask = useRef<() => void>(() => undefined);
    useEffect(() => {
      const element = root.current;
      if (!isStatic || Live !== null || element === null) {
        return undefined;
      }
      let cancelled = false;
      // How focus last came in (it may come in while the code is still loading).
      let forward = false;
      const onFocusIn = (event: FocusEvent) => {
        forward = cameFromBefore(element, event.relatedTarget);
      };
      const becomeLive = (component: ComponentType<P>, sync: boolean) => {
        const path = elementPath(element, document.activeElement);
        focus.current = path === null ? null : {path, forward};
        if (sync) {
          flushSync(() => setLive(() => component));
        } else {
          startTransition(() => setLive(() => component));
        }
      };
      ask.current = () => {
        if (asked.current) {
          return;
        }
        asked.current = true;
        loadOnce().then(
          (component) => {
            if (!cancelled) {
              becomeLive(component, false);
            }
          },
          () => {
            // A chunk that fails to load leaves the static HTML; printing may ask again.
            asked.current = false;
          },
        );
      };
      // Printing lays the page out as soon as this returns: the live component now, if it is here.
      const onBeforePrint = () => {
        if (loaded !== null) {
          becomeLive(loaded, true);
        } else {
          ask.current();
        }
      };
      element.addEventListener('focusin', onFocusIn);
      window.addEventListener('beforeprint', onBeforePrint);
      const stop = whenNear(element, () => ask.current(), window.IntersectionObserver);
      return () => {
        cancelled = true;
        stop();
        element.removeEventListener('focusin', onFocusIn);
        window.removeEventListener('beforeprint', onBeforePrint);
        ask.current = () => undefined;
      };
    }, [isStatic, Live]);
    useEffect(() => {
      if (start) {
        ask.current();
      }
    }, [start]);
    // Once the page has hydrated (Docusaurus's browser context, set in a render after hydration's,
    // and marked on the page in the next frame), not while the page's own code is still coming in.
    useEffect(() => {
      if (!prefetch || !isBrowser || !isStatic || Live !== null) {
        return undefined;
      }
      let idle: () => void = () => undefined;
      const frame = window.requestAnimationFrame(() => {
        idle = whenIdle(() => {
          loadOnce().then(
            () => setCodeLoaded(true),
            () => undefined,
          );
        }, 1000);
      });
      return () => {
        window.cancelAnimationFrame(frame);
        idle();
      };
    }, [isBrowser, isStatic, Live]);

    // Focus inside the island stays inside it: a reader who tabbed in from above (and, in the static
    // island, could reach only what follows its inert questions) is taken to the first control; any
    // other focus goes back to the same element.
    useLayoutEffect(() => {
      const entered = focus.current;
      focus.current = null;
      if (Live === null || entered === null || root.current === null) {
        return;
      }
      const target = entered.forward ? firstTabbable(root.current) : elementAt(root.current, entered.path);
      if (target instanceof HTMLElement) {
        target.focus({preventScroll: !entered.forward});
      }
    }, [Live]);

    if (typeof window === 'undefined' && server !== null) {
      const Server = server;
      return (
        <div data-island={name} data-island-key={key}>
          <Server {...props} />
        </div>
      );
    }
    if (isStatic && Live === null) {
      return (
        <div
          ref={root}
          data-island={name}
          data-island-key={key}
          data-island-code={codeLoaded ? 'loaded' : undefined}
          dangerouslySetInnerHTML={SERVER_HTML}
          suppressHydrationWarning
        />
      );
    }
    return (
      <div ref={root} data-island={name} data-island-key={key}>
        {Live !== null ? (
          <Live {...props} />
        ) : (
          <Suspense fallback={null}>
            <Lazy {...props} />
            <ScrollToTarget root={root} />
          </Suspense>
        )}
      </div>
    );
  }
  Island.displayName = `Island(${name})`;
  return Island;
}
