/**
 * Runs the built Action (action/dist/index.js) the way the runner does: a child process with INPUT_*
 * variables (hyphens kept), GITHUB_WORKSPACE, the event name and payload file, and fresh GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. Workspaces are temp folders holding sources and a real esbuild build.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION_ENTRY = path.join(REPO_ROOT, 'action/dist/index.js');
/**
 * The real openai package, linked into each workspace as node_modules/openai. Resolved through the example app
 * that depends on it, since pnpm's store folder name changes with the peers it was installed with.
 */
const OPENAI_PACKAGE = realpathSync(path.join(REPO_ROOT, 'examples/next-leaky/node_modules/openai'));

export function makeWorkspace(files: Record<string, string>, options: { openai?: boolean } = {}): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'bo-action-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  if (options.openai) {
    mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    symlinkSync(OPENAI_PACKAGE, path.join(root, 'node_modules/openai'), 'dir');
  }
  return root;
}

export type MapMode = 'linked' | 'external' | 'inline' | 'none';

/** Bundles `entry` (relative to the workspace) into dist/ with esbuild, as an app's client build would. */
export async function buildApp(root: string, entry: string | string[], sourcemap: MapMode, define: Record<string, string> = {}, extra: esbuild.BuildOptions = {}): Promise<void> {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Array.isArray(entry) ? entry : [entry],
    outdir: path.join(root, 'dist'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // Keep node_modules/openai under the workspace in the map's sources, as an installed dependency is.
    preserveSymlinks: true,
    sourcemap: sourcemap === 'none' ? false : sourcemap,
    define,
    logLevel: 'silent',
    ...extra,
  });
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every output text together, for "no secret anywhere" checks. */
  everything: string;
}

export function runAction(root: string, inputs: Record<string, string>, event: { name?: string; payload?: object } = {}): ActionRun {
  const runner = prepareRunner(root, inputs, event);
  const child = spawnSync(process.execPath, [ACTION_ENTRY], { cwd: root, env: runner.env, encoding: 'utf8', timeout: 60_000 });
  return runner.collect(child.status, child.stdout, child.stderr);
}

/**
 * The same run as a promise, with extra environment variables (an admin key passed as `env:` from a secret):
 * the event loop stays free, so a stand-in API served from the test process can answer.
 */
export function runActionAsync(root: string, inputs: Record<string, string>, event: { name?: string; payload?: object } = {}, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const runner = prepareRunner(root, inputs, event);
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION_ENTRY], { cwd: root, env: { ...runner.env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve(runner.collect(error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr));
    });
  });
}

/** The runner's files and environment for one run, and how to read them back after it. */
function prepareRunner(root: string, inputs: Record<string, string>, event: { name?: string; payload?: object }) {
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'bo-runner-'));
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary.md');
  const eventFile = path.join(runnerDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(event.payload ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    GITHUB_EVENT_NAME: event.name ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const collect = (status: number | null, stdout: string, stderr: string): ActionRun => {
    const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
    const summary = readFileSync(summaryFile, 'utf8');
    const sarif = inputs['sarif-file'] && existsSync(path.resolve(root, inputs['sarif-file'])) ? readFileSync(path.resolve(root, inputs['sarif-file']), 'utf8') : '';
    return { status, stdout, stderr, outputs, summary, everything: [visibleLog(stdout), stderr, JSON.stringify(outputs), summary, sarif].join('\n') };
  };
  return { env, collect };
}

/** GITHUB_OUTPUT's `name<<delimiter` … `delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let match = block.exec(text); match; match = block.exec(text)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** Workflow-command lines of one kind (`error`, `warning`, `notice`) from the Action's stdout. */
export function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`));
}

/** stdout without `::add-mask::` lines: the runner consumes those and never shows them. */
export function visibleLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** 1-based line of the first occurrence of `needle` in a workspace file. */
export function lineOf(root: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes(needle)) + 1;
}

export interface ParsedCommand {
  kind: string;
  properties: Record<string, string>;
  message: string;
}

/** Splits `::error title=…,file=…,line=…::message` into its parts (property values stay escaped). */
export function parseCommand(line: string): ParsedCommand {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { kind: match[1]!, properties, message: match[3]! };
}

/** `file:line` of an annotation line, for compact assertions. */
export function placeOf(line: string | undefined): string {
  if (!line) return '(no annotation)';
  const { properties } = parseCommand(line);
  return `${properties.file}:${properties.line}`;
}
