import type { ServerEvent } from '../../shared/api/events';
import type { Db } from '../store/database';

/** What a service works with inside one command: the database, the clock, ids, and events. */
export interface ServiceContext {
  db: Db;
  now(): Date;
  newId(): string;
  /** Queues an event; it is sent to every window only once the change has committed. */
  emit(event: ServerEvent): void;
}
