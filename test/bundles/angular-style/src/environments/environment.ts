// Angular's environment file, filled from NG_APP_* variables at build time: everything here ships to the browser.
export const environment = {
  production: true,
  openaiApiKey: process.env['NG_APP_OPENAI_API_KEY'], // leak: NG_APP_OPENAI_API_KEY
};
