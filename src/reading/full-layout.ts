/**
 * Long pages (chapters, the glossary) lay out their later blocks only near the screen
 * (`content-visibility: auto`, src/css/reading.css), so that a phone paints the first screen without
 * first laying out a whole chapter. A block not yet laid out has an estimated height, so a scroll to
 * an element further down would land by the estimates and then drift as the blocks around it took
 * their real height. A page opened at an anchor (`#id`) or with search highlights (`?hl=`, scrolled
 * to the first match) is therefore laid out in full: the root element carries
 * `FULL_LAYOUT_ATTRIBUTE` and the rule does not apply.
 *
 * The attribute is set before the first layout by an inline script in the head (FULL_LAYOUT_SCRIPT,
 * for a page opened from outside) and on every navigation inside the site by
 * src/clientModules/fullLayout.ts, before Docusaurus scrolls to the anchor.
 */
export const FULL_LAYOUT_ATTRIBUTE = 'data-full-layout';

/** Whether a page at this location scrolls to a place of its own: an anchor or a search match. */
export function needsFullLayout(search: string, hash: string): boolean {
  return hash.length > 1 || /[?&]hl=/.test(search);
}

/**
 * The head's inline script: the test of `needsFullLayout` on `location`, in plain ES5 that defines
 * nothing global (it runs before any bundle). tests/unit/full-layout.test.ts checks that both agree.
 * The build allows it by its hash (src/hosting/csp.ts).
 */
export const FULL_LAYOUT_SCRIPT =
  '(function(l){if(l.hash.length>1||/[?&]hl=/.test(l.search))' +
  `document.documentElement.setAttribute('${FULL_LAYOUT_ATTRIBUTE}','')})(location)`;
