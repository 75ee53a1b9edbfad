import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// Public source maps, so a finding in the client chunks maps back to the .svelte file.
export default defineConfig({ plugins: [sveltekit()], build: { sourcemap: true } });
