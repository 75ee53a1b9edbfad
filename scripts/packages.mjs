/** The workspace's publishable packages, packed exactly as `pnpm publish` would pack them. */
import { execFileSync } from 'node:child_process';

/** Every workspace package without `"private": true`, as `{ name, dir }`. */
export function publicPackages(root) {
  const listed = JSON.parse(execFileSync('pnpm', ['ls', '-r', '--json', '--depth', '-1'], { cwd: root, encoding: 'utf8' }));
  return listed.filter((pkg) => !pkg.private).map((pkg) => ({ name: pkg.name, dir: pkg.path }));
}

/**
 * Packs one package into `destination` and returns the tarball's path. `pnpm pack` (not `npm pack`) because it
 * rewrites `workspace:*` dependencies to the real versions, as `pnpm publish` does.
 */
export function pack(dir, destination) {
  const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(output).filename;
}
