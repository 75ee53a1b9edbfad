/**
 * Which findings become annotations. GitHub shows 10 of each level per step (and setFailed takes one
 * error slot), so the most severe and most certain come first, one per fingerprint, and one notice says
 * how many more the job summary lists.
 */
import { compareFindings, describeOtherPlaces, type Finding, type Severity } from '@backend-only/core';
import type { Annotation, AnnotationLevel } from './github.js';
import type { Placer } from './where.js';

/** Per level; errors leave one slot for setFailed, notices one for the overflow line. */
export const ANNOTATION_LIMITS: Readonly<Record<AnnotationLevel, number>> = { error: 9, warning: 10, notice: 9 };
const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings not annotated because of the limits. */
  notShown: number;
}

/** `reserved` takes slots away first (a warning that some inputs could not be read, say). */
export function planAnnotations(findings: readonly Finding[], where: Placer, reserved: Partial<Record<AnnotationLevel, number>> = {}): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: reserved.error ?? 0, warning: reserved.warning ?? 0, notice: reserved.notice ?? 0 };
  const annotations: Annotation[] = [];
  const unique = onePerFingerprint(findings, where);
  let notShown = 0;
  for (const finding of unique) {
    const level = LEVEL[finding.severity];
    if (used[level] >= ANNOTATION_LIMITS[level]) {
      notShown++;
      continue;
    }
    used[level]++;
    annotations.push(toAnnotation(finding, where));
  }
  if (notShown > 0) {
    annotations.push({
      level: 'notice',
      title: 'backend-only: more findings',
      message: `${notShown} more finding${notShown === 1 ? '' : 's'} not annotated here (GitHub shows 10 per level per step); the job summary lists every finding.`,
    });
  }
  return { annotations, notShown };
}

/**
 * The finding to show for each fingerprint, most severe first. The scan already makes one finding of a key that
 * shipped in several files (its other places in `alsoAt`); this also covers findings joined from the diff review:
 * of two with one fingerprint, the one a source map leads back to a source line in the repository.
 */
function onePerFingerprint(findings: readonly Finding[], where: Placer): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of [...findings].sort(compareFindings)) {
    const kept = best.get(finding.fingerprint);
    if (!kept || (where(kept) === kept.location && where(finding) !== finding.location)) best.set(finding.fingerprint, finding);
  }
  return [...best.values()].sort(compareFindings);
}

function toAnnotation(finding: Finding, where: Placer): Annotation {
  const at = where(finding);
  const shownAtOrigin = at !== finding.location;
  const context = shownAtOrigin
    ? `Found in built file ${finding.location.file}:${finding.location.line}.`
    : finding.origin
      ? `Source (from the source map): ${finding.origin.file}:${finding.origin.line}.`
      : '';
  return {
    level: LEVEL[finding.severity],
    title: `backend-only/${finding.ruleId}`,
    message: [finding.message, `Evidence: ${finding.evidence} (fingerprint ${finding.fingerprint}).`, context, finding.alsoAt ? `The same key is ${describeOtherPlaces(finding.alsoAt)}.` : ''].filter(Boolean).join('\n'),
    file: at.file,
    startLine: at.line,
    startColumn: at.column,
  };
}
