import { useLayoutEffect, type RefObject } from 'react';

/** The smallest the type may shrink to: body text stays ≥ 28 px on a 1920×1080 projector. */
export const MIN_FIT = 0.85;
const STEP = 0.03;

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth;
}

/**
 * Fits a slide's content to its box by shrinking the type a little (the `--fit` factor)
 * rather than letting it scroll; runs again whenever the content or the window changes.
 */
export function useFit(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const fit = () => {
      let scale = 1;
      element.style.setProperty('--fit', '1');
      while (scale > MIN_FIT && overflows(element)) {
        scale = Math.max(MIN_FIT, Math.round((scale - STEP) * 100) / 100);
        element.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, content]);
}
