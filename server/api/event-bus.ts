import type { ServerEvent } from '../../shared/api/events';

export type EventListener = (event: ServerEvent) => void;

/** Fans server events out to every connected window or tab. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: ServerEvent): void {
    for (const listener of this.listeners) {
      // One broken connection must not stop the others hearing about the change.
      try {
        listener(event);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
