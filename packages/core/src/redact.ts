import { createHash } from 'node:crypto';

/** Shown in place of every secret: the known prefix, an ellipsis, the last four characters. */
export function redact(secret: string, prefix = ''): string {
  // Short values (a known-secret of 12 chars, say) would lose too much to their last 4: show nothing.
  if (secret.length < 16) return `${prefix || ''}[redacted]`;
  const shownPrefix = prefix && secret.startsWith(prefix) ? prefix : '';
  return `${shownPrefix}…${secret.slice(-4)}`;
}

/**
 * A stable, one-way id for a finding: sha256 over its parts, 16 hex chars.
 * Built from the secret (or what was found), the rule and the origin, never a chunk hash,
 * so it survives rebuilds and can be committed to a baseline.
 */
export function fingerprint(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Strips the content hashes bundlers put in chunk names (`page-3f2a9c1b0d.js`, `index-BkX9aB1c.js`),
 * so a fingerprint built from a bundle path is the same after every rebuild.
 */
export function stableBundlePath(file: string): string {
  return file.replace(/([-.~_])([A-Za-z0-9_-]{8,})(?=\.[a-z]+(?:\.map)?$|\/)/g, (whole, sep: string, seg: string) =>
    /\d/.test(seg) && /[A-Za-z]/.test(seg) ? `${sep}[hash]` : whole,
  );
}
