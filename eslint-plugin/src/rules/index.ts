import noSecretInBundlerConfig from './no-secret-in-bundler-config.js';
import noDangerouslyAllowBrowser from './no-dangerously-allow-browser.js';
import noHardcodedApiKey from './no-hardcoded-api-key.js';
import noPublicSecretEnv from './no-public-secret-env.js';
import noClientAiSdk from './no-client-ai-sdk.js';
import noSecretEnvInClient from './no-secret-env-in-client.js';
import noClientAiApiCall from './no-client-ai-api-call.js';
import requireRateLimit from './require-rate-limit.js';
import requireMaxTokens from './require-max-tokens.js';
import weakRateLimit from './weak-rate-limit.js';
/**
 * Every rule, by id. Add a line here when you add a rule (tests check that every file in rules/ is listed,
 * documented and in the `all` config).
 */
export const rules = {
  'no-secret-in-bundler-config': noSecretInBundlerConfig,
  'no-dangerously-allow-browser': noDangerouslyAllowBrowser,
  'no-hardcoded-api-key': noHardcodedApiKey,
  'no-public-secret-env': noPublicSecretEnv,
  'no-client-ai-sdk': noClientAiSdk,
  'no-secret-env-in-client': noSecretEnvInClient,
  'no-client-ai-api-call': noClientAiApiCall,
  'require-rate-limit': requireRateLimit,
  'require-max-tokens': requireMaxTokens,
  'weak-rate-limit': weakRateLimit,
};
