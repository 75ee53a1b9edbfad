/**
 * SARIF 2.1.0 for GitHub code scanning: rules with descriptions and help, results at the origin when a
 * source map gave one, our fingerprint as partialFingerprints, security-severity per rule.
 */
import type { Finding, Location, OtherPlaces, Severity } from '../finding.js';
import { RULES, ruleDocsUrl, type RuleId } from '../catalog/rules.js';
import { placeText } from '../scan/one-per-key.js';

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
            message: { text: `${f.message} Evidence: ${f.evidence}.${f.alsoAt ? ` ${alsoAtNote(f.alsoAt)}` : ''}` },
            locations: [{ physicalLocation: physical(where) }],
            ...(f.origin || f.alsoAt ? { relatedLocations: relatedLocations(f) } : {}),
            partialFingerprints: { primaryLocationLineHash: f.fingerprint, 'backendOnly/v1': f.fingerprint },
            properties: { provider: f.provider, evidence: f.evidence, confidence: f.confidence },
          };
        }),
      },
    ],
  };
}

const physical = (l: Location): object => ({ artifactLocation: { uri: encodeURI(l.file) }, region: { startLine: l.line, startColumn: l.column } });

function alsoAtNote({ count, places }: OtherPlaces): string {
  const listed = places.length < count ? `the first ${places.length} are related locations` : 'see the related locations';
  return `The same secret shipped in ${count} other place${count === 1 ? '' : 's'} (${listed}).`;
}

/** The built file a source-mapped result was read from, then the other places the same secret shipped. */
function relatedLocations(f: Finding): object[] {
  const related: object[] = [];
  if (f.origin) related.push({ id: 1, message: { text: 'found in this built file' }, physicalLocation: physical(f.location) });
  for (const place of f.alsoAt?.places ?? []) {
    const text = place.origin ? `the same secret, also shipped here (source ${placeText(place.origin)})` : 'the same secret, also shipped here';
    related.push({ id: related.length + 1, message: { text }, physicalLocation: physical(place.location) });
  }
  return related;
}
