/**
 * The app's id: electron-builder.yml's `appId` (the packaging test keeps them equal). On
 * Windows the installer gives the Start-menu shortcut this AppUserModelID, and the taskbar
 * groups and pins the app's windows under it only if the running app says the same.
 */
export const appId = 'com.kamworkshop.app';
