import { useEffect, useState } from 'react';

const STEPS = [0.85, 1, 1.15, 1.3, 1.5, 1.75] as const;
const STORAGE_KEY = 'kam.text-scale';

function savedStep(): number {
  const saved = Number(localStorage.getItem(STORAGE_KEY));
  const index = STEPS.findIndex((step) => step === saved);
  return index === -1 ? 1 : index;
}

/**
 * Makes everything larger or smaller for a projector at the back of a room: all sizes
 * are in rem, so scaling the root font scales the whole app.
 */
export function TextSizeControl() {
  const [index, setIndex] = useState(savedStep);
  const scale = STEPS[index] ?? 1;

  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(scale));
    localStorage.setItem(STORAGE_KEY, String(scale));
  }, [scale]);

  return (
    <div className="text-size" role="group" aria-label="Text size">
      <button
        type="button"
        className="text-size__button"
        aria-label="Smaller text"
        disabled={index === 0}
        onClick={() => setIndex(index - 1)}
      >
        A<span aria-hidden="true">−</span>
      </button>
      <span className="text-size__value" aria-live="polite">
        {Math.round(scale * 100)}%
      </span>
      <button
        type="button"
        className="text-size__button"
        aria-label="Larger text"
        disabled={index === STEPS.length - 1}
        onClick={() => setIndex(index + 1)}
      >
        A<span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
