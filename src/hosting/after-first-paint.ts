/**
 * Every page's text first, its scripts after.
 *
 * Docusaurus puts its two entry scripts (`runtime~main` and `main`, about 135 KiB gzip) in the head
 * with `defer`. The browser then asks for them at once, and on a slow connection they share the
 * line with the stylesheet, the body font and the page itself, so the first paragraph shows later.
 * A reader of the guide wants the text; the scripts make it interactive (menus, search, checklists),
 * which matters a moment later. So the page's HTML names its scripts in one small inline script, at
 * the end of the body, which inserts them once the page's text has been painted, or at once when
 * the page is hidden (a background tab paints nothing).
 *
 * The document is complete when the loader runs (it is the last element of the body), so React
 * hydrates a whole page, as it does with `defer`. The scripts keep their order: inserted scripts
 * with `async = false` run in insertion order. Without JavaScript nothing changes: the text is there.
 *
 * The loader is the same text on every page of a locale (the entry scripts are the same), so the
 * Content-Security-Policy allows it by one hash per locale (src/hosting/csp.ts collects them). The
 * chunks of each page's route, added after the build, are named in an attribute of its element, which
 * the hash does not cover (src/hosting/page-scripts.ts).
 */

import {PAGE_SCRIPTS_ATTRIBUTE} from './page-scripts';

/**
 * The loader's function, called with the list of script URLs. ES5: it runs before anything else.
 *
 * It inserts the scripts once the browser reports the first contentful paint (a `paint` performance
 * entry, which is delivered after the frame has been shown, not just drawn). Where the browser does
 * not report paints, it waits for the frame after the first one. It does not wait when the page is
 * or becomes hidden, and never longer than `SAFETY_MS` (a page that somehow never reports a paint
 * still becomes interactive).
 */
export const SAFETY_MS = 3000;
export const LOAD_AFTER_FIRST_PAINT =
  'function(u){' +
  // The page's own chunks, named on the script element (src/hosting/page-scripts.ts), follow the entry.
  `var c=document.currentScript,x=c&&c.getAttribute("${PAGE_SCRIPTS_ATTRIBUTE}");if(x)u=u.concat(x.split(" "));` +
  'var done=false,P=window.PerformanceObserver;' +
  'function go(){if(done)return;done=true;for(var i=0;i<u.length;i++){var s=document.createElement("script");' +
  's.src=u[i];s.async=false;document.head.appendChild(s)}}' +
  'if(document.visibilityState==="hidden"){go();return}' +
  'document.addEventListener("visibilitychange",go);' +
  `setTimeout(go,${SAFETY_MS});` +
  'if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){' +
  'new P(function(list,observer){if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();go()}})' +
  '.observe({type:"paint",buffered:true})}' +
  'else{requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go,0)})})}' +
  '}';

/**
 * Docusaurus's page template (its own, from @docusaurus/core 3.10 `ssgTemplate.html`), with the
 * entry scripts loaded by `LOAD_AFTER_FIRST_PAINT` at the end of the body instead of `defer` in the
 * head. Their URLs are written as JSON with `<` escaped, so that no URL can end the script element.
 * Eta syntax: `<%= %>` escapes, `<%~ %>` does not.
 */
export const SSR_TEMPLATE = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>(${LOAD_AFTER_FIRST_PAINT})(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, '\\\\u003c') %>);</script>
  </body>
</html>
`;
