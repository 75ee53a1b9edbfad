// adapter-static: every page is prerendered.
export const prerender = true;
