import type { KamBridge } from '../../shared/api/transport';

// The preload's bridge on the page's window, declared once for every file (and test) that asks
// whether it runs in the desktop app.
declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    kam?: KamBridge;
  }
}
