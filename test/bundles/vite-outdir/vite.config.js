import { defineConfig } from 'vite';

// Built into public/ (a Firebase Hosting-style folder), not dist/: a scan with no path must read this file to find it.
// publicDir is off, since Vite's default one would be the output folder itself.
export default defineConfig({ publicDir: false, build: { outDir: 'public', sourcemap: true } });
