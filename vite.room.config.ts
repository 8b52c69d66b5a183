import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The learner page the room serves to phones and laptops: its own small build, apart from the
// app's, so the room listener serves these files and nothing of the trainer's.
export default defineConfig({
  root: 'renderer/room',
  base: '/room/',
  plugins: [react()],
  build: {
    outDir: '../../out/room',
    emptyOutDir: true,
    // Phones a few years old: Safari 15, Chrome 100.
    target: ['es2021', 'safari15', 'chrome100'],
    // No source maps: they would only add to what the room's network carries.
    sourcemap: false,
  },
});
