/** The benchmark's window flags: set before the page loads to count person-card renders. */
interface CountingWindow {
  __KAM_COUNT_RENDERS__?: boolean;
  __kamPersonRenders?: number;
}

// Read once at load: the flag is set by the benchmark before any script runs, and reading it
// once keeps the cost in every render to a single boolean test.
const counting =
  typeof window !== 'undefined' && (window as CountingWindow).__KAM_COUNT_RENDERS__ === true;

/** Counts one render of a person card, only when the benchmark asked for it. */
export function countPersonRender(): void {
  if (!counting) return;
  const w = window as CountingWindow;
  w.__kamPersonRenders = (w.__kamPersonRenders ?? 0) + 1;
}
