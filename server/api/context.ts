import type { CommandName, CommandOutput, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from '../services/service-context';
import type { ExportJobs } from '../services/pdf/export-jobs';

/** What every handler gets: what services need, and the PDF export jobs of this api. */
export interface HandlerContext extends ServiceContext {
  exports: ExportJobs;
}

export type Handler<K extends CommandName> = (
  ctx: HandlerContext,
  input: ParsedInput<K>,
) => CommandOutput<K>;

/** One domain's handlers, keyed by command name. */
export type HandlerTable<Names extends CommandName> = { readonly [K in Names]: Handler<K> };
