import { commands, isCommandName, type CommandName } from '../../shared/api/contract';
import type { Handler, HandlerTable } from './context';

/** The handlers of every command, looked up by name. */
export type Registry = ReadonlyMap<CommandName, Handler<CommandName>>;

/**
 * Collects the domains' handler tables into one registry. Refuses a command handled
 * twice, a handler for a command the contract does not know, and a command left unhandled.
 */
export function createRegistry(
  tables: ReadonlyArray<Partial<HandlerTable<CommandName>>>,
): Registry {
  const registry = new Map<CommandName, Handler<CommandName>>();
  for (const table of tables) {
    for (const [name, handler] of Object.entries(table)) {
      if (!isCommandName(name)) throw new Error(`"${name}" is not a command of the api contract`);
      if (registry.has(name)) throw new Error(`Command "${name}" has two handlers`);
      if (handler) registry.set(name, handler as Handler<CommandName>);
    }
  }
  const missing = Object.keys(commands).filter((name) => !registry.has(name as CommandName));
  if (missing.length > 0) throw new Error(`Commands without a handler: ${missing.join(', ')}`);
  return registry;
}
