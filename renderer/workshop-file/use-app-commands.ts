import { useEffect } from 'react';
import { AppCommand } from '../../shared/api/app-command';
import type { PdfKind } from '../../shared/api/commands/exports';
import { desktopBridge } from '../api/desktop-bridge';
import type { AppStore } from '../store/app-store';
import { useAppStoreApi } from '../store/store-context';
import type { Route } from '../store/routes';

/** The workshop a screen shows: none on home and about. */
export function workshopOfRoute(route: Route): string | null {
  if (route.name === 'home' || route.name === 'about') return null;
  return route.name === 'workshop' ? route.id : route.workshopId;
}

/**
 * Carries out one command of the desktop menu or the OS on whatever screen is shown: a file
 * opened with the app goes through the import flow, Restore opens Backups, and the exports act
 * on the workshop the screen shows — or say that one must be opened first.
 */
export function runAppCommand(
  command: AppCommand,
  state: AppStore,
  openExportDialog: (kind: PdfKind) => void,
): void {
  const workshopId = workshopOfRoute(state.route);
  switch (command.type) {
    case 'import-file':
      void state.importWorkshopText(command.file.name, command.file.text);
      return;
    case 'file-error':
      state.failWorkshopImport('the file', command.message);
      return;
    case 'show-backups':
      state.openBackups();
      return;
    case 'export-workshop':
      // The file's dialog asks first whether it is to be a client-safe copy.
      if (workshopId) state.openWorkshopFileExport(workshopId);
      else state.announce('Open a workshop first, then export it.', 'error');
      return;
    case 'export-pdf':
      if (!workshopId) state.announce('Open a workshop first, then export its PDFs.', 'error');
      else if (state.currentId !== workshopId || !state.current)
        state.announce('The workshop is still loading. Please try again in a moment.', 'error');
      else openExportDialog(command.kind);
  }
}

/**
 * The app's one listener for the desktop's menu and OS commands, mounted once for every
 * screen. Subscribing is also the handshake: the main process then sends what waited for the
 * page (a file opened with the app at launch).
 */
export function useAppCommands(openExportDialog: (kind: PdfKind) => void): void {
  const store = useAppStoreApi();

  useEffect(() => {
    const bridge = desktopBridge();
    if (!bridge?.onAppCommand) return undefined;
    return bridge.onAppCommand((message) => {
      const command = AppCommand.safeParse(message);
      if (command.success) runAppCommand(command.data, store.getState(), openExportDialog);
    });
  }, [store, openExportDialog]);
}
