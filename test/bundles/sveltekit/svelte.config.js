import adapter from '@sveltejs/adapter-static';

/** A static SvelteKit site: every page prerendered into build/, with its client JS beside it. */
export default { kit: { adapter: adapter() } };
