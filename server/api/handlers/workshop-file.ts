import type { workshopFileCommands } from '../../../shared/api/commands/workshop-file';
import { buildWorkshopFile } from '../../services/workshop-file/export-workshop';
import { importWorkshopText } from '../../services/workshop-file/import-workshop';
import type { HandlerTable } from '../context';

export const workshopFileHandlers: HandlerTable<keyof typeof workshopFileCommands> = {
  'workshop-file:export': (ctx, { workshopId, clientSafe }) =>
    buildWorkshopFile(ctx.db, workshopId, ctx.now(), { clientSafe }),
  'workshop-file:import': (ctx, { text, onConflict }) => importWorkshopText(ctx, text, onConflict),
};
