/** Reports how far a document has got: a share from 0 to 1 and what is being drawn. */
export type ProgressListener = (progress: number, step: string) => void;

/** What rendering needs besides the data: a way to stop it and to report progress. */
export interface RenderOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

/** One named part of a document, drawn in turn with a yield after it. */
export interface RenderStep {
  name: string;
  draw(): void | Promise<void>;
}

/** Draws the steps in order, yielding between them and reporting progress after each. */
export async function runSteps(
  steps: readonly RenderStep[],
  yieldNow: () => Promise<void>,
  onProgress: ProgressListener = () => {},
): Promise<void> {
  for (const [i, step] of steps.entries()) {
    onProgress(i / (steps.length + 1), step.name);
    await step.draw();
    await yieldNow();
  }
  onProgress(steps.length / (steps.length + 1), 'Finishing');
}
