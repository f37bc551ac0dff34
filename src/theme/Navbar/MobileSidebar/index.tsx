import React, {type ReactNode, useState} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

/**
 * The phone menu (the navbar's links and, on a book page, the whole table of contents) is built the
 * first time a reader opens it, then kept. The classic theme builds it, closed and off screen, as soon
 * as a phone's page has hydrated: on a chapter that is the largest piece of work the page does after
 * loading, for a menu most readers never open.
 */
export default function NavbarMobileSidebarOnDemand(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) {
    // Adjusting state while rendering (React re-renders at once, before anything is committed).
    setOpened(true);
  }
  return opened ? <NavbarMobileSidebar /> : null;
}
