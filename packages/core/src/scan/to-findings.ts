/**
 * Turns a file's hits into Findings: keys and known secrets one by one, SDK markers into one
 * "SDK in this chunk" finding per provider, and direct API hosts into calls only where no SDK explains them.
 */
import type { Finding, Location } from '../finding.js';
import { getProvider, shapePrefix, type ProviderId } from '../catalog/providers.js';
import { RULES } from '../catalog/rules.js';
import { fingerprint, redact, stableBundlePath } from '../redact.js';
import { keyHitStands, type Hit } from './matcher.js';

export interface PlacedHit extends Hit {
  line: number;
  column: number;
}

/**
 * `awaitingSource`, when given, receives the key findings that only a source can settle: a key that needs file
 * context its file does not show (a Gemini key whose SDK shipped in another chunk). The source-map step reports
 * those whose source line names the provider (sourcemap/apply.ts); without one they are dropped.
 */
export function hitsToFindings(file: string, hits: readonly PlacedHit[], awaitingSource?: Finding[]): Finding[] {
  const findings: Finding[] = [];
  const sdkMarkers = new Map<ProviderId, { first: PlacedHit; labels: Set<string> }>();
  for (const hit of hits) {
    if ((hit.kind === 'sdk-marker' || hit.kind === 'host') && hit.provider) {
      const entry = sdkMarkers.get(hit.provider) ?? { first: hit, labels: new Set<string>() };
      entry.labels.add(hit.label);
      sdkMarkers.set(hit.provider, entry);
    }
  }
  const sdkProviders = new Set<ProviderId>();
  for (const [id, { labels }] of sdkMarkers) {
    const provider = getProvider(id);
    const markers = provider.sdkMarkers.filter((m) => labels.has(m));
    if (markers.length >= provider.sdkMarkersRequired) sdkProviders.add(id);
  }
  const reportedHosts = new Set<string>();

  // Computed once per file, not per hit: a hostile chunk may hold a million hosts (test/hostile.test.ts).
  const stableFile = stableBundlePath(file);
  for (const hit of hits) {
    // Hosts after the first, and SDK markers, make no finding: build the location only for those that do.
    if (hit.kind === 'sdk-marker' || (hit.kind === 'host' && (sdkProviders.has(hit.provider!) || reportedHosts.has(`${hit.provider}:${hit.label}`)))) continue;
    const location: Location = { file, line: hit.line, column: hit.column, endLine: hit.line, endColumn: hit.column + hit.length };
    switch (hit.kind) {
      case 'key': {
        // A Gemini key with nothing Gemini near it counts when the chunk holds Gemini's host or SDK.
        const stands = keyHitStands(hit, (literal) => sdkMarkers.get(hit.provider!)?.labels.has(literal) ?? false);
        if (!stands && !awaitingSource) break;
        const provider = getProvider(hit.provider!);
        const contextual = Boolean(hit.shape?.requiresContext);
        (stands ? findings : awaitingSource!).push({
          ruleId: 'no-api-key-in-bundle',
          severity: 'error',
          message:
            `${hit.label} in client build output: anyone who loads this file can read it and bill your ${provider.name} account. ` +
            `Revoke it now (${provider.revokeUrl}), then call ${provider.name} from a server route and keep the key in a server-only env var.`,
          location,
          origin: null,
          provider: provider.id,
          evidence: redact(hit.secret!, hit.shape ? shapePrefix(hit.shape) : ''),
          fingerprint: fingerprint('no-api-key-in-bundle', hit.secret!),
          confidence: contextual ? 'medium' : 'high',
        });
        break;
      }
      case 'known-secret':
        findings.push({
          ruleId: 'no-server-secret-in-bundle',
          severity: 'error',
          message:
            `A server secret from known-secrets is in client build output (${hit.label}). ` +
            'Rotate it now, then find the build step that inlined it: a public env prefix, a bundler define, or a value passed to client code.',
          location,
          origin: null,
          provider: null,
          evidence: `${redact(hit.secret!)} (${hit.label})`,
          fingerprint: fingerprint('no-server-secret-in-bundle', hit.secret!),
          confidence: 'high',
        });
        break;
      case 'browser-opt-in':
      case 'browser-header': {
        // The Anthropic SDK sends this header itself when dangerouslyAllowBrowser is on: that is reported once, as the option.
        if (hit.kind === 'browser-header' && sdkProviders.has('anthropic')) break;
        const optIn = hit.kind === 'browser-opt-in';
        findings.push({
          ruleId: 'no-dangerously-allow-browser',
          severity: 'error',
          message: optIn
            ? `${hit.label} switches off the AI SDK's browser guard: the client and its API key run in every visitor's browser. Remove it and call the provider from a server route instead.`
            : `The ${BROWSER_HEADER_NAME} header lets a browser call Anthropic directly with your API key in the request. Send the request to a server route that adds the key instead.`,
          location,
          origin: null,
          provider: hit.provider ?? [...sdkProviders][0] ?? null,
          evidence: hit.label,
          fingerprint: fingerprint('no-dangerously-allow-browser', hit.label, stableFile, String(hit.line)),
          confidence: 'high',
        });
        break;
      }
      case 'host': {
        reportedHosts.add(`${hit.provider}:${hit.label}`);
        const provider = getProvider(hit.provider!);
        findings.push({
          ruleId: 'no-client-ai-api-call',
          severity: 'warning',
          message:
            `Client code calls ${provider.name}'s API (${hit.label}) directly: the request has to carry your API key for anyone to copy. ` +
            'Call your own server route instead; it adds the key and rate-limits per user.',
          location,
          origin: null,
          provider: provider.id,
          evidence: hit.label,
          fingerprint: fingerprint('no-client-ai-api-call', hit.label, stableFile),
          confidence: 'low',
        });
        break;
      }
    }
  }

  for (const id of sdkProviders) {
    const { first, labels } = sdkMarkers.get(id)!;
    const provider = getProvider(id);
    findings.push({
      ruleId: 'no-client-ai-sdk',
      severity: RULES['no-client-ai-sdk'].defaultSeverity,
      message:
        `The ${provider.name} SDK is bundled into client code: to work there it needs your API key in the browser. ` +
        `Move the ${provider.name} call to a server route and call that route from the browser.`,
      location: { file, line: first.line, column: first.column, endLine: first.line, endColumn: first.column + first.length },
      origin: null,
      provider: id,
      evidence: `${provider.name} SDK code (${[...labels].slice(0, 3).join(', ')})`,
      fingerprint: fingerprint('no-client-ai-sdk', id, stableBundlePath(file)),
      confidence: 'medium',
    });
  }
  return findings;
}

const BROWSER_HEADER_NAME = 'anthropic-dangerous-direct-browser-access';

