import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Public source maps: backend-only's Action maps each finding back to the line that caused it.
  build: { sourcemap: true },
  // In development, /api goes to the server that holds the key (examples/node-server); in production a reverse proxy does it.
  server: { proxy: { '/api': 'http://localhost:8787' } },
});
