import type { ServerResponse } from 'node:http';

/** The requests whose response is not finished yet, so that closing can wait for them. */
export class RequestsUnderWay {
  private count = 0;
  private onIdle: (() => void) | null = null;

  track(response: ServerResponse): void {
    this.count++;
    response.once('close', () => {
      this.count--;
      if (this.count === 0) this.onIdle?.();
    });
  }

  /** Resolves once none is under way, or after `graceMs` at the latest. */
  finished(graceMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      this.onIdle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
