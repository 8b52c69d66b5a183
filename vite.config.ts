import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import {
  DOMAIN_COLOURS_MODULE,
  domainColourStylesheet,
} from './renderer/styles/domain-colour-tokens.ts';

/** The domain colours as a stylesheet module, made when the renderer is built. */
function domainColours(): Plugin {
  const resolved = `\0${DOMAIN_COLOURS_MODULE}`;
  return {
    name: 'kam:domain-colours',
    resolveId: (id) => (id === DOMAIN_COLOURS_MODULE ? resolved : null),
    load: (id) => (id === resolved ? domainColourStylesheet() : null),
  };
}

// The renderer only: the Node-side bundles (Electron main, preload, browser host)
// are built by scripts/build.mjs with esbuild.
export default defineConfig({
  root: 'renderer',
  // Absolute: pages at client-side routes (/workshops/…) must still find /assets/….
  base: '/',
  plugins: [react(), domainColours()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
});
