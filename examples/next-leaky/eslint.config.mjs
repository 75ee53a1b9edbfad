import backendOnly from 'eslint-plugin-backend-only';

export default [backendOnly.configs.recommended];
