import type { CustomScheme } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveAppProtocol } from '../../electron/app-protocol';

// app-protocol.ts needs only Electron's types; the mock guards against a runtime import creeping in.
vi.mock('electron', () => ({}));

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that supports fetch', () => {
    const registerSchemesAsPrivileged = vi.fn<(schemes: CustomScheme[]) => void>();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('serveAppProtocol', () => {
  it('handles the app scheme with responses that carry the content security policy', async () => {
    let handler: ((request: Request) => Response | Promise<Response>) | undefined;
    serveAppProtocol(
      {
        handle: (scheme, fn) => {
          expect(scheme).toBe('app');
          handler = fn;
        },
      },
      '/nonexistent/renderer',
    );
    const response = await handler?.(new Request('app://kam/..%2fsecret'));
    expect(response?.status).toBe(403);
    expect(response?.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });
});
