/**
 * The stand-in is shaped from the official SDKs: this drives it with the SDKs themselves (openai and
 * @anthropic-ai/sdk, installed for the example apps), through their own paginators, error classes and request
 * bodies. If the stand-in drifted from what the SDKs send and expect, these would fail.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAudit } from '@backend-only/audit';
import { fakeKeys } from '../../core/test/helpers/fake-keys.js';
import { adminKeys, anthropicAccount, BUDGET, openAiAccount } from './accounts.js';
import { startStandIn, type StandIn } from './stand-in.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/next-leaky/node_modules/', import.meta.url));
/** An SDK loaded by path from the example app (its types do not resolve from here, so calls are untyped). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's own surface, checked by the calls below
const sdk = async (name: string, entry: string) => (await import(pathToFileURL(path.join(realpathSync(path.join(EXAMPLE, name)), entry)).href)) as { default: new (options: object) => any };

let api: StandIn;
const keys = adminKeys();
const now = new Date();

beforeEach(async () => {
  api = await startStandIn(keys, openAiAccount(now, fakeKeys()[0]!.key), anthropicAccount(now, fakeKeys()[8]!.key));
});
afterEach(() => api.close());

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('openai-node against the stand-in', () => {
  it('pages every list, answers 404 for a missing limit, and accepts the SDK’s alert body', async () => {
    const { default: OpenAI } = await sdk('openai', 'index.mjs');
    const client = new OpenAI({ adminAPIKey: keys.openai, baseURL: api.openaiBase, maxRetries: 0 });
    const org = client.admin.organization;
    expect((await all<{ id: string }>(org.projects.list())).map((p) => p.id)).toEqual(['proj_web', 'proj_batch', 'proj_old', 'proj_default', 'proj_analytics']);
    expect((await all<{ role: string }>(org.users.list())).map((u) => u.role)).toEqual(['owner', 'reader', 'owner']);
    expect(await all(org.projects.apiKeys.list('proj_batch', { owner_project_access: 'any' }))).toHaveLength(1);
    expect(await all(org.projects.apiKeys.list('proj_batch'))).toHaveLength(0);
    expect((await all<{ model: string }>(org.projects.rateLimits.listRateLimits('proj_web'))).map((l) => l.model)).toEqual(['gpt-4o', 'gpt-4o-mini']);
    await expect(org.spendLimit.retrieve()).rejects.toMatchObject({ status: 404 });
    const costs = await org.usage.costs({ start_time: Math.floor(now.getTime() / 1000) - 10 * 86_400, bucket_width: '1d', group_by: ['project_id'] });
    expect(costs).toMatchObject({ object: 'page', has_more: true });
    expect(costs.next_page).toEqual(expect.any(String));

    // An alert the SDK creates is one the audit counts: with 80% and 100% added, nothing is missing.
    for (const percent of [80, 100]) {
      await org.spendAlerts.create({ currency: 'USD', interval: 'month', threshold_amount: BUDGET * percent, notification_channel: { type: 'email', recipients: ['alice@example.com'] } });
    }
    const result = await runAudit({ env: { OPENAI_ADMIN_KEY: keys.openai, OPENAI_BASE_URL: api.openaiBase }, budget: BUDGET, now });
    expect(result.findings.map((f) => f.ruleId)).not.toContain('missing-spend-alerts');
  });
});

describe('anthropic-sdk-typescript against the stand-in', () => {
  it('pages workspaces, users, API keys (after_id) and spend limits (page, with the reads beta)', async () => {
    const { default: Anthropic } = await sdk('@anthropic-ai/sdk', 'index.mjs');
    const client = new Anthropic({ apiKey: keys.anthropic, baseURL: api.anthropicBase, maxRetries: 0 });
    const org = client.beta.organization;
    expect(await all(org.workspaces.list())).toHaveLength(3);
    expect((await all<{ role: string }>(org.users.list())).map((u) => u.role)).toEqual(['admin', 'developer', 'admin']);
    expect((await all<{ partial_key_hint: string }>(org.apiKeys.list())).map((k) => k.partial_key_hint.slice(0, 13))).toEqual(['sk-ant-api03-', 'sk-ant-api03-', 'sk-ant-api03-']);
    expect((await all<{ amount: string }>(org.spendLimits.list())).map((l) => l.amount)).toEqual(['100000', '20000', '500']);
    const inherited = await all<{ limits: { source: { type: string } }[] }>(org.workspaces.rateLimits.list('wrkspc_app', { include_inherited: true }));
    expect(inherited.map((g) => g.limits.map((l) => l.source.type))).toEqual([['organization', 'organization'], ['workspace', 'organization']]);
    expect(await all(org.workspaces.rateLimits.list('wrkspc_app'))).toHaveLength(1);
    await org.spendLimits.set({ amount: '50000', scope: { type: 'organization' }, period: 'monthly' });
    const result = await runAudit({ env: { ANTHROPIC_ADMIN_KEY: keys.anthropic, ANTHROPIC_BASE_URL: api.anthropicBase }, budget: BUDGET, now });
    expect(result.findings.map((f) => f.ruleId)).not.toContain('no-spend-limit');
  });
});
