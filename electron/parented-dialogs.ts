// Electron's dialogs shown over the window that asked (a sheet on macOS, modal elsewhere),
// free-standing only when no window asked.
import type {
  BrowserWindow,
  Dialog,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';

/** The window a dialog belongs to; none for one the app shows on its own. */
export type DialogParent = BrowserWindow | null | undefined;

/** The save dialog, over `parent` when there is one. */
export function showSaveDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: DialogParent,
  options: SaveDialogOptions,
) {
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
}

/** The open dialog, over `parent` when there is one. */
export function showOpenDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: DialogParent,
  options: OpenDialogOptions,
) {
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
}

/** A message box, over `parent` when there is one. */
export function showMessageBox(
  dialog: Pick<Dialog, 'showMessageBox'>,
  parent: DialogParent,
  options: MessageBoxOptions,
) {
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}
