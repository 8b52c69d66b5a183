import type { BackupKind } from '../../shared/api/commands/backups';

/** How each kind of backup is named in the list. */
export const backupKindLabels: Record<BackupKind, string> = {
  automatic: 'Daily',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an update',
};

/** "84 KB", "3.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
