/** A temporary workspace (its real path) holding the given files, for tests that scan a folder. */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function workspace(files: Record<string, string>, prefix = 'bo-maps-'): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}
