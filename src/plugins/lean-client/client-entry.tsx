// Stands in for @docusaurus/core/lib/client/clientEntry.js, the browser's entry module (see ./index.ts):
// the same steps, in the same order, each in a task of its own.
//
// Docusaurus's entry imports React DOM, the router, the app with its theme, and the table of every
// route statically, so the browser evaluated all of them, then asked for the page's own chunks (one
// `<script>` added per chunk), in one task: the `main.js` script. It was the longest task of every
// page (50–85 ms unthrottled, four times that on a phone, where Lighthouse counts all but the first
// 50 ms of it as blocking). Here the entry itself is small; then, one task each:
//   1. the route table, and the page's chunks requested (they download during the next steps; a
//      page served by the build names them for its loader, so webpack finds them already asked for:
//      src/hosting/page-scripts.ts);
//   2. React DOM;
//   3. the router, the head manager and the app with its theme;
//   4. once the chunks are in, hydration, in a transition as before (React then renders in slices).
// A reader's click or keystroke can be handled between them. What is rendered, and when hydration
// may start, do not change: hydration still waits for the page's chunks, as Docusaurus's does.
// `webpackMode: "eager"` keeps each module in `main.js` (no request of its own): the import only
// decides when it is evaluated.
import React, {startTransition} from 'react';
import ExecutionEnvironment from '@docusaurus/core/lib/client/exports/ExecutionEnvironment';

declare global {
  interface Window {
    docusaurusRoot?: {render(children: React.ReactNode): void};
  }
}

/** Resolves in a later task, so that the work after it is not added to the current one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

async function start(): Promise<void> {
  await nextTask();
  const {default: preload} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload');
  const pageChunks = preload(window.location.pathname);
  await nextTask();
  const {default: ReactDOM} = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  const [
    {HelmetProvider},
    {BrowserRouter, HashRouter},
    {default: siteConfig},
    {default: App},
    {default: docusaurus},
  ] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus'),
  ]);
  window.docusaurus = docusaurus;
  const container = document.getElementById('__docusaurus');
  if (!container) {
    throw new Error('the page has no #__docusaurus element to render into');
  }
  const app = (
    <HelmetProvider>
      {siteConfig.future.experimental_router === 'hash' ? (
        <HashRouter>
          <App />
        </HashRouter>
      ) : (
        <BrowserRouter>
          <App />
        </BrowserRouter>
      )}
    </HelmetProvider>
  );
  const onRecoverableError = (error: unknown, errorInfo: unknown) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  const renderApp = () => {
    if (window.docusaurusRoot) {
      window.docusaurusRoot.render(app);
      return;
    }
    if (process.env.HYDRATE_CLIENT_ENTRY) {
      window.docusaurusRoot = ReactDOM.hydrateRoot(container, app, {onRecoverableError});
    } else {
      const root = ReactDOM.createRoot(container, {onRecoverableError});
      root.render(app);
      window.docusaurusRoot = root;
    }
  };
  await pageChunks;
  startTransition(renderApp);
}

if (ExecutionEnvironment.canUseDOM) {
  void start();
  // Webpack's hot module replacement (`docusaurus start`): the entry accepts its own updates.
  const hot = (module as unknown as {hot?: {accept(): void}}).hot;
  hot?.accept();
}
