/**
 * One key is one finding. A bundler copies a key wherever code reads it: CRA inlines the whole `REACT_APP_*`
 * object at every `process.env` (the SDK's own reads included), and Next.js and Vite repeat it across chunks and
 * in prerendered HTML and RSC payloads. Secret findings share a fingerprint made from the secret; of each group
 * the one kept is where a person fixes it, its first-party origin when there is one, and the others are listed
 * in its `alsoAt`.
 */
import { SECRET_RULE_IDS } from '../catalog/rules.js';
import { compareFindings, compareLocations, type Finding, type Location, type OtherPlaces, type ShippedAt } from '../finding.js';

/** Other places listed per key: the count says how many more there are. */
export const MAX_PLACES_LISTED = 10;

/**
 * Merges the secret findings of each fingerprint into one (non-secret findings pass through untouched). Findings
 * that already carry `alsoAt` (the results of two scans put together) merge the same way, their counts added.
 */
export function onePerKey(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!SECRET_RULE_IDS.has(finding.ruleId)) kept.push(finding);
    else if (byKey.has(finding.fingerprint)) byKey.get(finding.fingerprint)!.push(finding);
    else byKey.set(finding.fingerprint, [finding]);
  }
  for (const copies of byKey.values()) kept.push(copies.length === 1 ? copies[0]! : merge(copies));
  return kept;
}

function merge(copies: readonly Finding[]): Finding {
  const [shown, ...others] = [...copies].sort((a, b) => Number(isFirstParty(b.origin)) - Number(isFirstParty(a.origin)) || compareFindings(a, b));
  const places: ShippedAt[] = [...(shown!.alsoAt?.places ?? [])];
  let count = shown!.alsoAt?.count ?? 0;
  for (const other of others) {
    places.push({ location: other.location, origin: other.origin }, ...(other.alsoAt?.places ?? []));
    count += 1 + (other.alsoAt?.count ?? 0);
  }
  places.sort((a, b) => compareLocations(a.location, b.location));
  return { ...shown!, alsoAt: { count, places: places.slice(0, MAX_PLACES_LISTED) } };
}

/** A source of the project itself, not of an installed package. */
function isFirstParty(origin: Location | null): boolean {
  return origin !== null && !origin.file.split('/').includes('node_modules');
}

/** `file:line:column`. */
export const placeText = (l: Location): string => `${l.file}:${l.line}:${l.column}`;

/**
 * The text views' line for `alsoAt`: "also in 2 other places: dist/a.js:1:5 (from src/a.ts:3:1), dist/b.js:1:9".
 * `show` formats one place (the job summary escapes it for Markdown).
 */
export function describeOtherPlaces(alsoAt: OtherPlaces, show: (place: ShippedAt) => string = shippedAtText): string {
  const more = alsoAt.count - alsoAt.places.length;
  return `also in ${alsoAt.count} other place${alsoAt.count === 1 ? '' : 's'}: ${alsoAt.places.map(show).join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

const shippedAtText = (place: ShippedAt): string => `${placeText(place.location)}${place.origin ? ` (from ${placeText(place.origin)})` : ''}`;
