/** `backend-only scan`: the same scan as the Action, in a terminal or any CI. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  compareFindings,
  ConfigError,
  describePlace,
  discoverClientOutput,
  isAtLeast,
  isInside,
  loadConfig,
  nothingFoundMessage,
  onePerKey,
  scanPaths,
  toJsonReport,
  toSarif,
  type Discovery,
  type Finding,
  type Location,
  type ScanError,
  type ScanResult,
} from '@backend-only/core';
import { parseArgs, USAGE, UsageError, type ScanCommand } from './args.js';
import { formatText } from './format-text.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The provider side lives in its own module, loaded only for `audit`: a scan never pays for it.
  if (argv[0] === 'audit') return (await import('./audit-command.js')).audit(argv.slice(1), io);
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.clean;
    }
    if (command.command === 'version') {
      io.stdout.write(`${await version()}\n`);
      return EXIT.clean;
    }
    return await scan(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`backend-only: ${error.message}\n\n${USAGE}\n`);
      return EXIT.error;
    }
    const message = error instanceof ConfigError ? `invalid config: ${error.message}` : error instanceof Error ? error.message : String(error);
    io.stderr.write(`backend-only could not run: ${message}\n`);
    return EXIT.error;
  }
}

async function scan(command: ScanCommand, io: Io): Promise<number> {
  const knownSecrets = command.knownSecretEnv.map((name) => {
    const value = io.env[name];
    if (!value) throw new UsageError(`--known-secret-env ${name}: that environment variable is not set or empty`);
    return value;
  });
  const { config } = await loadConfig(io.cwd, command.config);
  let inputs = command.paths;
  let discovery: Discovery | undefined;
  if (inputs.length === 0) {
    discovery = await discoverClientOutput(io.cwd);
    if (discovery.found.length === 0) {
      io.stderr.write(`backend-only: ${nothingFoundMessage(discovery, 'name the folder: backend-only scan <path>')}\n`);
      return EXIT.error;
    }
    inputs = discovery.found.map((p) => p.path);
    // Say where the scan looked and why (text goes to stdout, so this goes to stderr; JSON carries it in `discovered`).
    if (command.format === 'text') {
      for (const place of discovery.found) io.stderr.write(`backend-only: scanning ${describePlace(place)}\n`);
      for (const note of discovery.notes) io.stderr.write(`backend-only: note: ${note}\n`);
    }
  } else if (command.format === 'text' && !command.output && io.stderr.isTTY) {
    io.stderr.write(`backend-only: scanning ${inputs.join(', ')}…\n`);
  }
  const result = await scanInputs(inputs, io.cwd, config, knownSecrets);

  const report = await render(command, result, inputs, io, discovery);
  if (command.output) await writeFile(path.resolve(io.cwd, command.output), report);
  else io.stdout.write(report);
  // Every input failing (a typo in a path) is a usage problem, not a clean scan.
  if (result.stats.files === 0 && result.errors.length > 0 && result.errors.length >= inputs.length) {
    if (command.format !== 'text' || command.output) for (const e of result.errors) io.stderr.write(`backend-only: ${e.message}\n`);
    return EXIT.error;
  }
  return result.findings.some((f) => isAtLeast(f.severity, command.failOn)) ? EXIT.findings : EXIT.clean;
}

/**
 * Inputs inside the working directory are scanned with it as the root; an input elsewhere (an absolute path to
 * another build) is scanned with itself as the root, so nothing outside what the user named is read.
 */
async function scanInputs(inputs: readonly string[], cwd: string, config: Parameters<typeof scanPaths>[0]['config'], knownSecrets: string[]): Promise<ScanResult> {
  const inside = inputs.filter((p) => isInside(cwd, path.resolve(cwd, p)));
  const outside = inputs.filter((p) => !inside.includes(p));
  const results: ScanResult[] = [];
  if (inside.length) results.push(await scanPaths({ root: cwd, paths: inside, config, knownSecrets, sourceMaps: true }));
  for (const input of outside) {
    const root = path.resolve(cwd, input);
    const result = await scanPaths({ root, paths: ['.'], config, knownSecrets, sourceMaps: true });
    const rebase = (file: string): string => path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
    const moveTo = (l: Location): Location => ({ ...l, file: rebase(l.file) });
    const moved = (f: Finding): Finding => ({
      ...f,
      location: moveTo(f.location),
      ...(f.alsoAt ? { alsoAt: { ...f.alsoAt, places: f.alsoAt.places.map((p) => ({ ...p, location: moveTo(p.location) })) } } : {}),
    });
    const movedError = (e: ScanError): ScanError => ({ ...e, path: input, message: e.message.replace(/^\.:/, `${input}:`) });
    results.push({ ...result, findings: result.findings.map(moved), allowed: result.allowed.map(moved), errors: result.errors.map(movedError) });
  }
  const merged = results.reduce((all, r) => ({
    findings: all.findings.concat(r.findings),
    allowed: all.allowed.concat(r.allowed),
    errors: all.errors.concat(r.errors),
    notes: (all.notes ?? []).concat(r.notes ?? []),
    stats: { files: all.stats.files + r.stats.files, bytes: all.stats.bytes + r.stats.bytes, ms: all.stats.ms + r.stats.ms, skipped: all.stats.skipped + r.stats.skipped },
  }));
  // The same key in two of the builds named is still one finding.
  return results.length > 1 ? { ...merged, findings: onePerKey(merged.findings).sort(compareFindings) } : merged;
}

async function render(command: ScanCommand, result: ScanResult, scanned: readonly string[], io: Io, discovery?: Discovery): Promise<string> {
  if (command.format === 'json') {
    const discovered = discovery && { found: discovery.found, notes: discovery.notes };
    return `${JSON.stringify(toJsonReport(result.findings, result.errors, result.stats, discovered), null, 2)}\n`;
  }
  if (command.format === 'sarif') return `${JSON.stringify(toSarif(result.findings, { toolVersion: await version() }), null, 2)}\n`;
  const color = command.color ?? (Boolean(io.stdout.isTTY) && !command.output && !('NO_COLOR' in io.env));
  return formatText(result.findings, result.errors, result.stats, { color, scanned, allowed: result.allowed.length, notes: result.notes ?? [] });
}

export async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
