import type { Display } from 'electron';
import type { DisplayInfo } from '../shared/api/transport';

/** What the shell needs of Electron's screen module: the displays and which is primary. */
export interface ScreenLike {
  getAllDisplays(): Display[];
  getPrimaryDisplay(): Display;
}

/** The displays as the trainer sees them in the "Present on" menu: "Display 2 — 1920×1080". */
export function describeDisplays(screen: ScreenLike): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((display, i) => ({
    id: display.id,
    label: `${display.label || `Display ${i + 1}`} — ${display.size.width}×${display.size.height}${
      display.id === primaryId ? ' (main)' : ''
    }`,
    width: display.size.width,
    height: display.size.height,
    primary: display.id === primaryId,
  }));
}

/**
 * Where the presenter goes: the display asked for, else the first one that is not the
 * trainer's main screen (the projector), else null — one screen, a normal window.
 */
export function pickPresenterDisplay(screen: ScreenLike, requestedId?: number): Display | null {
  const displays = screen.getAllDisplays();
  const requested = displays.find((display) => display.id === requestedId);
  if (requested) return requested;
  const primaryId = screen.getPrimaryDisplay().id;
  return displays.find((display) => display.id !== primaryId) ?? null;
}
