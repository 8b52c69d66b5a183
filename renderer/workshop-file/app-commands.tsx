import { useState } from 'react';
import type { PdfKind } from '../../shared/api/commands/exports';
import { BackupsDialog } from '../backups/backups-dialog';
import { ExportDialog } from '../exports/export-dialog';
import { useAppStore } from '../store/store-context';
import { ImportDialogs } from './import-dialogs';
import { useAppCommands, workshopOfRoute } from './use-app-commands';
import { WorkshopFileExportDialog } from './workshop-file-export-dialog';

/**
 * Mounted once for the whole app, on every screen: the desktop's menu and OS commands, and
 * the dialogs they open — the import's questions, Backups, File ▸ Export's PDF dialog and the
 * workshop file's export.
 */
export function AppCommands() {
  const [exportKind, setExportKind] = useState<PdfKind | null>(null);
  useAppCommands(setExportKind);
  const shown = useAppStore((s) => {
    const workshopId = workshopOfRoute(s.route);
    return workshopId && s.currentId === workshopId ? s.current : null;
  });

  return (
    <>
      <ImportDialogs />
      <BackupsDialog />
      <WorkshopFileExportDialog />
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
