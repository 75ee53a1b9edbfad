/**
 * SARIF 2.1.0 for GitHub code scanning: rules with descriptions and help, results at the origin when a
 * source map gave one, our fingerprint as partialFingerprints, security-severity per rule.
 */
import type { Finding, Severity } from '../finding.js';
import { RULES, ruleDocsUrl, type RuleId } from '../catalog/rules.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

export interface SarifOptions {
  toolVersion: string;
  /** Distinguishes runs when several SARIF files are uploaded for one commit. */
  automationId?: string;
}

export function toSarif(findings: readonly Finding[], options: SarifOptions): object {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort() as RuleId[];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'backend-only',
            version: options.toolVersion,
            informationUri: 'https://github.com/backend-only/backend-only',
            rules: ruleIds.map((id) => {
              const rule = RULES[id];
              return {
                id,
                name: id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
                shortDescription: { text: rule.short },
                fullDescription: { text: rule.help },
                help: { text: `${rule.help} See ${ruleDocsUrl(id)}`, markdown: `${rule.help}\n\n[Rule documentation](${ruleDocsUrl(id)})` },
                helpUri: ruleDocsUrl(id),
                defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
                properties: { 'security-severity': rule.securitySeverity.toFixed(1), precision: 'high', tags: ['security', 'secrets', 'ai'] },
              };
            }),
          },
        },
        ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
        results: findings.map((f) => {
          const where = f.origin ?? f.location;
          return {
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: `${f.message} Evidence: ${f.evidence}.` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(where.file) },
                  region: { startLine: where.line, startColumn: where.column },
                },
              },
            ],
            ...(f.origin
              ? { relatedLocations: [{ id: 1, message: { text: 'found in this built file' }, physicalLocation: { artifactLocation: { uri: encodeURI(f.location.file) }, region: { startLine: f.location.line, startColumn: f.location.column } } }] }
              : {}),
            partialFingerprints: { primaryLocationLineHash: f.fingerprint, 'backendOnly/v1': f.fingerprint },
            properties: { provider: f.provider, evidence: f.evidence, confidence: f.confidence },
          };
        }),
      },
    ],
  };
}
