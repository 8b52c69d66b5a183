import type { backupCommands } from '../../../shared/api/commands/backups';
import { backupFolderOf, listBackups } from '../../services/backups/backup-files';
import { forgetRecoveryNotices, recoveryNoticesOf } from '../../services/backups/recovery';
import { restoreBackup } from '../../services/backups/restore';
import { pruneBackups, writeBackupNow } from '../../services/backups/write-backup';
import type { Db } from '../../store/database';
import { AppError } from '../../errors/app-error';
import type { HandlerTable } from '../context';

/** The backups folder; a database without a file (in memory) has none. */
function folderOf(db: Db): string {
  if (db.memory) throw new AppError('unavailable', 'This database is not kept in a file.');
  return backupFolderOf(db);
}

export const backupHandlers: HandlerTable<keyof typeof backupCommands> = {
  'backups:list': (ctx) => {
    const folder = folderOf(ctx.db);
    return { folder, backups: listBackups(folder) };
  },

  'backups:create': (ctx) => {
    const folder = folderOf(ctx.db);
    const at = ctx.now();
    const backup = writeBackupNow(ctx.db, folder, 'manual', at);
    pruneBackups(folder, at);
    return backup;
  },

  'backups:restore': (ctx, { name }) => {
    const restored = restoreBackup(ctx.db, folderOf(ctx.db), name, ctx.now());
    // The damaged file's offer has been answered.
    forgetRecoveryNotices(ctx.db);
    ctx.emit({ type: 'workshops-changed' });
    return restored;
  },

  'store:notices': (ctx) => recoveryNoticesOf(ctx.db),
};
