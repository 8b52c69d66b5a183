/** The scheme every page of the desktop app is served from. */
export const appScheme = 'app';

/** The host part of our origin: pages live at app://kam/... */
export const appHost = 'kam';

/** Where the console window starts. */
export const appHomeUrl = `${appScheme}://${appHost}/`;

/** Whether a URL belongs to the app's own origin (app://kam/...), the only place our pages may be. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials or a port would make a different origin that merely looks like ours.
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
