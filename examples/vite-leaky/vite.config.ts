import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Public source maps: backend-only's Action maps each finding back to the line that caused it.
  build: { sourcemap: true },
});
