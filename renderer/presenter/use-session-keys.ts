import { useEffect, useRef } from 'react';
import type { Session } from './use-session';

/** The keys of the session, for the "?" list and for handling; clickers send the paging keys. */
export const sessionShortcuts: ReadonlyArray<{ keys: readonly string[]; action: string }> = [
  { keys: ['→', 'Space', 'Page Down'], action: 'Next step' },
  { keys: ['←', 'Page Up'], action: 'Previous step' },
  { keys: ['T'], action: 'Start or pause the timer' },
  { keys: ['R'], action: 'Reveal or hide the model answer' },
  { keys: ['B'], action: 'Black screen on or off' },
  { keys: ['F'], action: 'Full screen' },
  { keys: ['Esc'], action: 'Leave full screen' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

/** Inputs whose keys are not typing: the session's keys work on them as anywhere else. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file']);

/** Typing in a field (or choosing in a list) must not move the session. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/**
 * Which control the mouse last put focus on. Tabbing to a control makes it the keyboard's:
 * Space presses it, as everywhere else. A control clicked with the mouse keeps focus too,
 * but the trainer's next Space is for the session: after a click on "Black screen" the
 * clicker must move on, not switch it back. (The browser's :focus-visible cannot tell: it
 * turns on for a clicked control at the first key pressed.)
 */
function trackPointerFocus(): {
  focusedByPointer(target: EventTarget | null): boolean;
  stop(): void;
} {
  let pointerDown = false;
  let focused: EventTarget | null = null;
  const onPointerDown = () => (pointerDown = true);
  const onKeyDown = () => (pointerDown = false);
  const onFocusIn = (event: FocusEvent) => (focused = pointerDown ? event.target : null);
  window.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('focusin', onFocusIn, true);
  return {
    focusedByPointer: (target) => target !== null && target === focused,
    stop() {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('focusin', onFocusIn, true);
    },
  };
}

/** Space presses a control the keyboard is on; anywhere else it is the session's Next. */
function isKeyboardOnControl(target: EventTarget | null, byPointer: boolean): boolean {
  return (
    target instanceof HTMLElement &&
    !byPointer &&
    target.closest('button, a, summary, input') !== null
  );
}

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Listens for the session's keys on the whole window while `session` is loaded. */
export function useSessionKeys(session: Session | null, onHelp: () => void): void {
  // The latest session in a ref: one listener for the view's life, never a stale step.
  const latest = useRef({ session, onHelp });
  latest.current = { session, onHelp };

  useEffect(() => {
    const pointer = trackPointerFocus();
    const onKey = (event: KeyboardEvent) => {
      const { session: current, onHelp: help } = latest.current;
      if (!current || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return;
      const actions: Record<string, () => void> = {
        ArrowRight: current.next,
        PageDown: current.next,
        ArrowLeft: current.previous,
        PageUp: current.previous,
        t: current.toggleTimer,
        r: current.toggleReveal,
        b: current.toggleBlackScreen,
        f: toggleFullScreen,
        '?': help,
      };
      const onControl = isKeyboardOnControl(event.target, pointer.focusedByPointer(event.target));
      if (event.key === ' ' && !onControl) actions[' '] = current.next;
      if (event.key === 'Escape' && document.fullscreenElement) {
        void document.exitFullscreen();
        return;
      }
      const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!action) return;
      event.preventDefault();
      // A held key counts once: holding → must not race through the module, nor B flicker.
      if (!event.repeat) action();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      pointer.stop();
    };
  }, []);
}
