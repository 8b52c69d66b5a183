import type { z } from 'zod';
import { commands, type CommandName, type CommandOutput } from '../../shared/api/contract';
import { resultSchema, type Result } from '../../shared/api/errors';

const schemas = new Map<CommandName, z.ZodType>();

function schemaFor(name: CommandName): z.ZodType {
  let schema = schemas.get(name);
  if (!schema) {
    schema = resultSchema(commands[name].output);
    schemas.set(name, schema);
  }
  return schema;
}

/**
 * Checks what came back over a transport against the command's output schema, so a
 * host of another version shows up as a readable error instead of a broken screen.
 */
export function checkResult<K extends CommandName>(
  name: K,
  raw: unknown,
): Result<CommandOutput<K>> {
  const parsed = schemaFor(name).safeParse(raw);
  if (parsed.success) return parsed.data as Result<CommandOutput<K>>;
  return {
    ok: false,
    error: { code: 'internal', message: 'The app received an answer it does not understand.' },
  };
}
