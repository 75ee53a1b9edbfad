import { defineConfig } from 'vite';

// Public source maps, so each finding maps back to the file that put the key in.
export default defineConfig({ build: { sourcemap: true } });
