import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Which of a card's texts run past their box, and are therefore clipped. */
export interface ClippedTexts {
  name: boolean;
  title: boolean;
  department: boolean;
}

const noneClipped: ClippedTexts = { name: false, title: false, department: false };

/** The class that clips a text; styled per text in person-card.css. */
export const CLIPPED_CLASS = 'is-clipped';

function overflows(element: HTMLElement | null): boolean {
  if (!element) return false;
  // Measured unclipped: a clamped text would report a box that fits. Only a card whose text
  // changed has the class to take off, so a new map is measured in a single layout.
  const wasClipped = element.classList.contains(CLIPPED_CLASS);
  if (wasClipped) element.classList.remove(CLIPPED_CLASS);
  // A pixel of slack: sub-pixel text widths round up in scrollWidth.
  const result =
    element.scrollWidth > element.clientWidth + 1 ||
    element.scrollHeight > element.clientHeight + 1;
  if (wasClipped) element.classList.add(CLIPPED_CLASS);
  return result;
}

/** The elements of a card whose text may need clipping. */
export interface CardTextRefs {
  name: RefObject<HTMLSpanElement | null>;
  title: RefObject<HTMLDivElement | null>;
  department: RefObject<HTMLSpanElement | null>;
}

/**
 * Measures, after layout and before paint, which texts of a card overflow, so that only those
 * are clipped. An overflow clip is a paint property of its own: one on every text of every card
 * would split a large map into thousands of paint chunks, which the browser re-layerizes on
 * each drag frame. Measured again only when a text changes: cards have a fixed size.
 */
export function useClippedTexts(texts: readonly string[]): [CardTextRefs, ClippedTexts] {
  const refs: CardTextRefs = {
    name: useRef<HTMLSpanElement>(null),
    title: useRef<HTMLDivElement>(null),
    department: useRef<HTMLSpanElement>(null),
  };
  const [clipped, setClipped] = useState(noneClipped);
  const key = texts.join('\u0000');
  useLayoutEffect(() => {
    const next = {
      name: overflows(refs.name.current),
      title: overflows(refs.title.current),
      department: overflows(refs.department.current),
    };
    setClipped((now) =>
      now.name === next.name && now.title === next.title && now.department === next.department
        ? now
        : next,
    );
    // The refs are stable; the texts are what change the measure.
  }, [key]);
  return [refs, clipped];
}
