import type { StateCreator } from 'zustand/vanilla';
import type { BackupInfo, RecoveryNotice } from '../../shared/api/commands/backups';
import type { ApiError, Result } from '../../shared/api/errors';
import type { ApiClient } from '../api/api-client';
import { report } from '../store/report';
import type { AppStore, LoadStatus } from '../store/types';

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

/** The Backups dialog, "Back up now", restoring, and the recovery offer after a damaged start. */
export function createBackupsSlice(
  api: ApiClient,
): StateCreator<AppStore, [], [], BackupsState & BackupsActions> {
  return (set, get) => ({
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
}
