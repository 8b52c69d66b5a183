import { useState } from 'react';
import type { ExportKind } from '../../shared/api/commands/exports';
import { BackupsDialog } from '../backups/backups-dialog';
import { ExportDialog } from '../exports/export-dialog';
import { useAppStore } from '../store/store-context';
import { ImportDialogs } from './import-dialogs';
import { useAppCommands, workshopOfRoute } from './use-app-commands';

/**
 * Mounted once for the whole app, on every screen: the desktop's menu and OS commands, and
 * the dialogs they open — the import's questions, Backups, and File ▸ Export's PDF dialog.
 */
export function AppCommands() {
  const [exportKind, setExportKind] = useState<ExportKind | null>(null);
  useAppCommands(setExportKind);
  const shown = useAppStore((s) => {
    const workshopId = workshopOfRoute(s.route);
    return workshopId && s.currentId === workshopId ? s.current : null;
  });

  return (
    <>
      <ImportDialogs />
      <BackupsDialog />
      {shown && (
        <ExportDialog
          open={exportKind !== null}
          detail={shown}
          initialKind={exportKind ?? 'workbook'}
          onClose={() => setExportKind(null)}
        />
      )}
    </>
  );
}
