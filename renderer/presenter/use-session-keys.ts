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

/** Typing in a field, or pressing Space on a button, must not move the session. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
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
    const onKey = (event: KeyboardEvent) => {
      const { session: current, onHelp: help } = latest.current;
      if (!current || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const onControl =
        event.target instanceof HTMLElement && event.target.closest('button, a, summary');
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
      // Space on a focused button presses that button, as everywhere else.
      if (event.key === ' ' && !onControl) actions[' '] = current.next;
      if (event.key === 'Escape' && document.fullscreenElement) {
        void document.exitFullscreen();
        return;
      }
      const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
