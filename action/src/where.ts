/**
 * Where a finding is shown. A source map's origin is used when that file is in the repository (not a
 * dependency), so the PR points at the line that caused the leak; otherwise the built file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Location } from '@backend-only/core';

export type Placer = (finding: Finding) => Location;

export function originInRepository(workspace: string): (origin: Location | null) => origin is Location {
  const known = new Map<string, boolean>();
  return (origin): origin is Location => {
    if (!origin || origin.file.split('/').includes('node_modules')) return false;
    let exists = known.get(origin.file);
    if (exists === undefined) known.set(origin.file, (exists = existsSync(path.join(workspace, origin.file))));
    return exists;
  };
}

export function placer(workspace: string): Placer {
  const inRepository = originInRepository(workspace);
  return (finding) => (inRepository(finding.origin) ? finding.origin : finding.location);
}
