import { BackupsDialog } from '../backups/backups-dialog';
import { ImportDialogs } from './import-dialogs';
import { useAppCommands } from './use-app-commands';

/** The import and backup dialogs, and the desktop menu's commands, on the screens that use them. */
export function DataSafetyDialogs() {
  useAppCommands();
  return (
    <>
      <ImportDialogs />
      <BackupsDialog />
    </>
  );
}
