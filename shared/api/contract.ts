import type { z } from 'zod';
import type { Result } from './errors';
import { joinCommandTables } from './define';
import { answerCommands } from './commands/answers';
import { facilitationCommands } from './commands/facilitation';
import { peopleCommands, workshopCommands } from './commands/workshops';
import { stageScoringCommands } from './commands/stage-scorings';
import { workshopFileCommands } from './commands/workshop-file';
import { backupCommands } from './commands/backups';
import { contentCommands } from './commands/content';
import { exportCommands } from './commands/exports';
import { roomCommands } from './commands/room';
import { templateCommands } from './commands/templates';
import { planCommands } from './commands/plans';

/** Every command the app's api serves, over IPC and HTTP alike. */
export const commands = joinCommandTables(
  workshopCommands,
  peopleCommands,
  answerCommands,
  stageScoringCommands,
  facilitationCommands,
  exportCommands,
  workshopFileCommands,
  backupCommands,
  contentCommands,
  roomCommands,
  templateCommands,
  planCommands,
);

export type Commands = typeof commands;
export type CommandName = keyof Commands;
/** What a caller passes (before defaults and trimming are applied). */
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;

/** Commands that wait for something outside the database (the room's listener): answered later. */
export type AsyncCommandName = {
  [K in CommandName]: Commands[K] extends { async: true } ? K : never;
}[CommandName];

/** Commands answered at once, inside one transaction. */
export type SyncCommandName = Exclude<CommandName, AsyncCommandName>;

/** What calling a command gives: its result now, or for a command that waits, a promise of it. */
export type CallResult<K extends CommandName> = K extends AsyncCommandName
  ? Promise<Result<CommandOutput<K>>>
  : Result<CommandOutput<K>>;

export const commandNames = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
