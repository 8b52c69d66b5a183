/**
 * The content security policy of every page the app shows, in the desktop window and
 * in the browser host: only the app's own scripts, styles, fonts, images and api.
 * 'unsafe-inline' for styles because React Flow positions nodes with inline styles.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
