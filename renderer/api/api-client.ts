import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import type { ServerEvent } from '../../shared/api/events';

/** The renderer's one door to the api, whatever the transport underneath. */
export interface ApiClient {
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>>;
  /** Listens for server events; returns a function that stops listening. */
  subscribe(listener: (event: ServerEvent) => void): () => void;
}

/** The result a caller gets when the host or main process cannot be reached. */
export function unavailable<T>(message: string): Result<T> {
  return { ok: false, error: { code: 'unavailable', message } };
}
