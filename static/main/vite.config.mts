import { defineConfig } from 'vite';

// Forge serves a resource under an app-specific prefix, so every asset URL must be relative (base './').
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'build', emptyOutDir: true, chunkSizeWarningLimit: 900 },
});
