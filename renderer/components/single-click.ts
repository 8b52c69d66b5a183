/**
 * A click handler that acts once per double (or triple) click. Controls whose press changes
 * what lies under the pointer — Add puts a new row (and its Delete) where the pointer is,
 * Delete pulls the next row up under it, Next moves the session on — must not take the
 * second click of a double click as a second press: many people double-click by habit. The
 * browser counts the clicks of one double click in `detail` (1, 2, 3…); a press from the
 * keyboard has detail 0 and always acts, and so does a click after the double-click time.
 */
export function singleClick<E extends { detail: number }>(action: (event: E) => void) {
  return (event: E): void => {
    if (event.detail <= 1) action(event);
  };
}
