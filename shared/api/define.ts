import type { z } from 'zod';

/** One command of the api: what it takes and what it gives back. */
export interface CommandSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** False for commands that manage their own transactions (backups, restores). */
  readonly transaction?: false;
  /** True for commands that wait for something outside the database; they run outside a transaction. */
  readonly async?: true;
}

export type CommandTable = Readonly<Record<string, CommandSpec>>;

/**
 * Joins the domains' command tables into one, refusing a name defined twice:
 * object spread would silently keep the last one.
 */
export function joinCommandTables<T extends readonly CommandTable[]>(
  ...tables: T
): UnionToIntersection<T[number]> {
  const joined: Record<string, CommandSpec> = {};
  for (const table of tables) {
    for (const [name, spec] of Object.entries(table)) {
      if (Object.hasOwn(joined, name)) throw new Error(`Command "${name}" is defined twice`);
      joined[name] = spec;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (
  arg: infer I,
) => void
  ? I
  : never;
