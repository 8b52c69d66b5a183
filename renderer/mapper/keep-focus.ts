/**
 * Before a card or line is deleted from the keyboard: once it is gone, focus moves to the one
 * beside it (the next, else the one before), so the keyboard keeps its place on the map instead
 * of falling back to the top of the page.
 */
export function keepFocusBeside(element: Element): void {
  const container = element.parentElement;
  const beside = [element.nextElementSibling, element.previousElementSibling].find(
    (e) => e?.getAttribute('data-id') && e.getAttribute('tabindex') !== null,
  );
  const id = beside?.getAttribute('data-id');
  if (!container || !id) return;
  requestAnimationFrame(() =>
    container.querySelector<HTMLElement | SVGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus(),
  );
}
