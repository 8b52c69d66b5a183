import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer only: the Node-side bundles (Electron main, preload, browser host)
// are built by scripts/build.mjs with esbuild.
export default defineConfig({
  root: 'renderer',
  // Absolute: pages at client-side routes (/workshops/…) must still find /assets/….
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
});
