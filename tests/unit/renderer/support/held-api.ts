import type { ApiClient } from '../../../../renderer/api/api-client';
import type { CommandName } from '../../../../shared/api/contract';
import type { ErrorCode, Result } from '../../../../shared/api/errors';

/** A call the store made, waiting for the test to answer it. */
export interface HeldCall {
  name: CommandName;
  input: unknown;
  answer(result: Result<unknown>): void;
}

/** A fake api client: every call waits until the test answers it, in any order. */
export function heldApi() {
  const calls: HeldCall[] = [];
  const api: ApiClient = {
    call: (name, input) =>
      new Promise((resolve) => {
        calls.push({ name, input, answer: resolve as HeldCall['answer'] });
      }),
    subscribe: () => () => {},
  };
  /** The calls of one command so far, oldest first. */
  const callsOf = (name: CommandName) => calls.filter((call) => call.name === name);
  return { api, calls, callsOf };
}

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result with the given code. */
export const failure = (code: ErrorCode, message = 'That did not work.'): Result<never> => ({
  ok: false,
  error: { code, message },
});
