import { useEffect } from 'react';
import type { AppCommand } from '../../shared/api/transport';
import { useShallow } from 'zustand/shallow';
import { useAppStore } from '../store/store-context';

function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/**
 * Acts on what the desktop menu or the OS asks for: a workshop file opened with the app
 * goes through the import flow; Export works on the workshop shown; Restore opens Backups.
 */
export function useAppCommands(): void {
  const { importWorkshopText, failWorkshopImport, openWorkshopFileExport, openBackups, announce } =
    useAppStore(
      useShallow((s) => ({
        importWorkshopText: s.importWorkshopText,
        failWorkshopImport: s.failWorkshopImport,
        openWorkshopFileExport: s.openWorkshopFileExport,
        openBackups: s.openBackups,
        announce: s.announce,
      })),
    );
  const currentId = useAppStore((s) => (s.route.name === 'home' ? null : s.currentId));

  useEffect(() => {
    const bridge = window.kam;
    if (!bridge?.onAppCommand) return undefined;
    return bridge.onAppCommand((command) => {
      if (!isAppCommand(command)) return;
      if (command.type === 'import-file')
        void importWorkshopText(command.file.name, command.file.text);
      else if (command.type === 'file-error') failWorkshopImport('the file', command.message);
      else if (command.type === 'show-backups') openBackups();
      else if (currentId) openWorkshopFileExport(currentId);
      else announce('Open a workshop first, then export it.', 'error');
    });
  }, [
    importWorkshopText,
    failWorkshopImport,
    openWorkshopFileExport,
    openBackups,
    announce,
    currentId,
  ]);
}
