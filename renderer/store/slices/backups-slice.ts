import type { BackupInfo, RecoveryNotice } from '../../../shared/api/commands/backups';
import type { ApiError, Result } from '../../../shared/api/errors';
import type { NoticeActions } from './notice-slice';
import { report } from './report';
import type { LoadStatus, Slice } from './slice';
import type { WorkshopsActions } from './workshops-slice';

export interface BackupsState {
  backupsOpen: boolean;
  backups: BackupInfo[];
  backupsFolder: string;
  backupsStatus: LoadStatus;
  backupsError: ApiError | null;
  /** A damaged database was moved aside at start: what to tell the user and offer. */
  recovery: RecoveryNotice[];
}

export interface BackupsActions {
  openBackups(): void;
  closeBackups(): void;
  loadBackups(): Promise<void>;
  backUpNow(): Promise<Result<BackupInfo>>;
  restoreBackup(name: string): Promise<Result<{ restored: BackupInfo; safetyCopy: BackupInfo }>>;
  loadRecovery(): Promise<void>;
  dismissRecovery(): void;
}

export type BackupsSlice = BackupsState & BackupsActions;

/** The Backups dialog, "Back up now", restoring, and the recovery offer after a damaged start. */
export const createBackupsSlice: Slice<BackupsSlice, NoticeActions & WorkshopsActions> = ({
  set,
  get,
  api,
}) => ({
  backupsOpen: false,
  backups: [],
  backupsFolder: '',
  backupsStatus: 'idle',
  backupsError: null,
  recovery: [],

  openBackups() {
    set({ backupsOpen: true });
    void get().loadBackups();
  },

  closeBackups() {
    set({ backupsOpen: false });
  },

  async loadBackups() {
    set({ backupsStatus: 'loading', backupsError: null });
    const result = await api.call('backups:list', {});
    if (result.ok) {
      set({
        backups: result.value.backups,
        backupsFolder: result.value.folder,
        backupsStatus: 'ready',
      });
    } else set({ backupsStatus: 'error', backupsError: result.error });
  },

  async backUpNow() {
    const result = await api.call('backups:create', {});
    if (result.ok) void get().loadBackups();
    return report(get, result, 'Backup made');
  },

  async restoreBackup(name) {
    const result = await api.call('backups:restore', { name });
    if (result.ok) {
      set({ recovery: [] });
      void get().loadBackups();
      void get().loadWorkshops({ quiet: true });
    }
    return report(get, result, 'Backup restored. The state before it was backed up first.');
  },

  async loadRecovery() {
    const result = await api.call('store:notices', {});
    if (result.ok) set({ recovery: result.value });
  },

  dismissRecovery() {
    set({ recovery: [] });
  },
});
