// Stands in for @docusaurus/theme-common/lib/hooks/useWindowSize.js (see ./index.ts): the same hook,
// with one change. The theme asks whether the window is a phone's or a desktop's to choose between
// the desktop sidebar and table of contents, which the server renders, and the phone's menu button
// and collapsible table of contents. The answer is "ssr" until the page has hydrated, then set from
// an effect: an update of React's default priority, which React 19 renders in one piece, unmounting
// the desktop sidebar (a hundred links) and mounting the phone's parts in a single task after
// hydration. Set in a transition, that render is done in slices a reader's input can interrupt.
// Later changes (the window resized across the breakpoint) are set as before.
import {startTransition, useEffect, useState} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

// Infima's breakpoint, as in the original (facebook/docusaurus#9603).
const DESKTOP_BREAKPOINT = 996;

function getWindowSize(desktopBreakpoint: number): WindowSize {
  if (!ExecutionEnvironment.canUseDOM) {
    throw new Error('getWindowSize() should only be called after React hydration');
  }
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({
  desktopBreakpoint = DESKTOP_BREAKPOINT,
}: {desktopBreakpoint?: number} = {}): WindowSize {
  // A constant on the first render, so that hydration matches the server's HTML.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    function updateWindowSize() {
      setWindowSize(getWindowSize(desktopBreakpoint));
    }
    startTransition(updateWindowSize);
    window.addEventListener('resize', updateWindowSize);
    return () => {
      window.removeEventListener('resize', updateWindowSize);
    };
  }, [desktopBreakpoint]);
  return windowSize;
}
