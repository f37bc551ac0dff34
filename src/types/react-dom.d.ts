// The parts of React DOM's API that the site uses: the client entry
// (src/plugins/lean-client/client-entry.tsx) and `flushSync` (src/components/assessment/view.ts).
// React DOM ships no types of its own, and @types/react-dom is not needed for anything else.
declare module 'react-dom' {
  function flushSync<R>(run: () => R): R;
  export {flushSync};
}

declare module 'react-dom/client' {
  import type {ReactNode} from 'react';

  interface Root {
    render(children: ReactNode): void;
  }
  interface RootOptions {
    onRecoverableError?: (error: unknown, errorInfo: unknown) => void;
  }
  function createRoot(container: Element, options?: RootOptions): Root;
  function hydrateRoot(container: Element, children: ReactNode, options?: RootOptions): Root;
  const client: {createRoot: typeof createRoot; hydrateRoot: typeof hydrateRoot};
  export default client;
  export {createRoot, hydrateRoot};
}
