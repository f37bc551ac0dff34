// Stands in for @docusaurus/core/lib/client/browserContext.js (see ./index.ts): the same context and
// provider, with one change. Docusaurus tells its components that they run in a browser by setting
// this context once the page has hydrated. Every component that asks (the navbar, each link, the
// colour-mode switch, the self-assessment, which then reads the stored answers) renders again. Set
// from an effect, that update had React's default priority, which React renders in one go: on a long
// page it was the longest task after hydration (60 ms unthrottled on the self-assessment page, four
// times that on a phone). Set in a transition, React renders it in slices of a few milliseconds and
// lets a reader's click or keystroke go first. Nothing else changes: the first client render still
// matches the server's HTML, and the value still turns true once, after hydration.
import {createContext, createElement, startTransition, useEffect, useState, type ReactNode} from 'react';

export const Context = createContext(false);

export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return createElement(Context.Provider, {value: isBrowser}, children);
}
