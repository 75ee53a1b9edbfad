/**
 * The providers' admin (organization-management) APIs that `backend-only audit` reads: where the admin key and
 * the base URL come from, and the console pages a person uses to act on a finding. packages/audit reads this
 * table; the request paths and response fields are cited next to the code that uses them (packages/audit/src).
 */
import type { ProviderId } from './providers.js';

export type AdminProviderId = Extract<ProviderId, 'openai' | 'anthropic'>;

export interface AdminApi {
  provider: AdminProviderId;
  /** The only place the admin key is read from: never a flag (shell history), never a config file. */
  keyEnv: string;
  /** Overrides the base URL, as the official SDK reads it. */
  baseUrlEnv: string;
  defaultBaseUrl: string;
  /** Where a person sets the hard spend limit and the spend alerts by hand. */
  limitsUrl: string;
  /** Where a person revokes a project's (workspace's) API keys; `{project}` is replaced by its id. */
  projectKeysUrl: string;
  /** What a project is called at this provider, for messages. */
  projectNoun: string;
}

export const ADMIN_APIS: Readonly<Record<AdminProviderId, AdminApi>> = {
  openai: {
    provider: 'openai',
    // openai/openai-node src/client.ts: adminAPIKey defaults to readEnv('OPENAI_ADMIN_KEY'); baseURL to
    // readEnv('OPENAI_BASE_URL') ?? 'https://api.openai.com/v1'.
    keyEnv: 'OPENAI_ADMIN_KEY',
    baseUrlEnv: 'OPENAI_BASE_URL',
    defaultBaseUrl: 'https://api.openai.com/v1',
    // Console pages [our reading of platform.openai.com's settings navigation].
    limitsUrl: 'https://platform.openai.com/settings/organization/limits',
    projectKeysUrl: 'https://platform.openai.com/settings/{project}/api-keys',
    projectNoun: 'project',
  },
  anthropic: {
    provider: 'anthropic',
    // anthropics/anthropic-sdk-typescript src/client.ts: baseURL defaults to readEnv('ANTHROPIC_BASE_URL') ??
    // 'https://api.anthropic.com'. The SDK reads no admin key; the Admin API docs' examples send an admin key
    // (`sk-ant-admin…`) as `X-Api-Key` (platform.claude.com/docs/en/api/admin/api_keys/list).
    keyEnv: 'ANTHROPIC_ADMIN_KEY',
    baseUrlEnv: 'ANTHROPIC_BASE_URL',
    defaultBaseUrl: 'https://api.anthropic.com',
    // Console pages [our reading of console.anthropic.com's settings navigation].
    limitsUrl: 'https://console.anthropic.com/settings/limits',
    projectKeysUrl: 'https://console.anthropic.com/settings/workspaces/{project}/keys',
    projectNoun: 'workspace',
  },
};

export const ADMIN_PROVIDER_IDS: readonly AdminProviderId[] = ['openai', 'anthropic'];

export function projectKeysUrl(provider: AdminProviderId, projectId: string): string {
  return ADMIN_APIS[provider].projectKeysUrl.replace('{project}', encodeURIComponent(projectId));
}
