import type { KamBridge } from '../../shared/api/transport';

// The preload's bridge on the page's window. Read it through desktopBridge(), never directly.
declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    kam?: KamBridge;
  }
}

/** The desktop app's bridge, or null in a browser: the one place the page asks where it runs. */
export function desktopBridge(): KamBridge | null {
  // Unit tests run the store in Node, where there is no window at all.
  return typeof window === 'undefined' ? null : (window.kam ?? null);
}
