/** What the audit reads from a provider, in one shape for both providers: the checks never see an API body. */
import type { AdminProviderId } from '@backend-only/core';

/** The organization, or one project (OpenAI) / workspace (Anthropic). */
export interface Scope {
  kind: 'organization' | 'project';
  id: string;
  name: string;
}

export interface SpendAlert {
  thresholdCents: number;
  recipients: string[];
}

export interface ScopeBilling {
  scope: Scope;
  /** The hard monthly limit in cents; null when none is set (a 404, a null or zero amount). */
  limitCents: number | null;
  /** Monthly spend alerts; null when the provider has no alert API for this scope. */
  alerts: SpendAlert[] | null;
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  project: Scope;
  /** The provider's own redacted form (`sk-…abcd`, `sk-ant-api03-R2D...igAA`). */
  redacted: string;
  createdAt: Date;
  /** null: never used; undefined: the provider does not say. */
  lastUsedAt: Date | null | undefined;
  owner: { type: 'user' | 'service_account' | 'unknown'; id: string; name: string };
}

export interface RateLimit {
  project: Scope;
  model: string;
  requestsPerMinute: number;
  tokensPerMinute: number;
  /** Whether every limit is inherited from the organization, when the provider says (Anthropic does; OpenAI does not). */
  atOrganizationDefault?: boolean;
}

/** Cost per UTC day in USD, oldest first, for the organization and per project id. */
export interface DailyCosts {
  days: string[];
  organization: number[];
  byProject: Map<string, number[]>;
}

export interface AccountSnapshot {
  provider: AdminProviderId;
  projects: Scope[];
  billing: ScopeBilling[];
  keys: ApiKeyInfo[];
  rateLimits: RateLimit[];
  costs: DailyCosts;
  /** E-mails of the organization's owners (admins at Anthropic): the default alert recipients. */
  owners: string[];
  /** What the provider cannot tell through its API, for the report. */
  notes: string[];
}

/** Writes the audit may make with `--fix`, and nothing else. */
export interface AccountWriter {
  createAlert(scope: Scope, alert: SpendAlert): Promise<void>;
  setLimit(scope: Scope, cents: number): Promise<void>;
  /** False when the provider has no API for alerts at this scope. */
  canCreateAlerts(scope: Scope): boolean;
}

/** What to read beyond the organization: billing of the projects with their own budget, and rate limits. */
export interface ReadPlan {
  projectBilling(project: Scope): boolean;
  rateLimits: boolean;
}

export interface ProviderClient extends AccountWriter {
  read(now: Date, plan: ReadPlan): Promise<AccountSnapshot>;
  /** Requests sent so far, retries included. */
  requests(): number;
}
