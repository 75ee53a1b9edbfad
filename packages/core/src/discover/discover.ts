/**
 * Finds the client build output of a workspace for `scan` with no path: for the workspace folder and each
 * project folder in it (workspace packages, sub-folders with a package.json), the frameworks it builds with
 * (catalog/build-output.ts), the output folder their config names — read as text, never run — or their
 * default, and the folders of those that exist. Every place looked at is kept, so "nothing found" can list them.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import {
  ANGULAR_SPLIT_BUILDERS,
  BUILD_TOOLS,
  CLIENT_OUTPUT_DIRS,
  CONFIG_WRAPPERS,
  CRA_BUILD_PATH,
  CRA_ENV_FILES,
  MAX_DISCOVERED_PROJECTS,
  NEXT_PRERENDERED_GLOBS,
  SVELTEKIT_ADAPTERS,
  SVELTEKIT_OUTPUT,
  VITE_BUILD_COMMAND,
  VITE_OUTDIR_FLAGS,
  type BuildTool,
  type ConfigSetting,
  type OutputGroup,
} from '../catalog/build-output.js';
import { isInside, toPosix } from '../scan/walk.js';
import { defaultImportName, MAX_CONFIG_BYTES, readConfigProperties, type ConfigProperty } from './static-config.js';

export interface OutputPlace {
  /** Folder or glob relative to the workspace, `/`-separated. */
  path: string;
  /** Where it came from: `vite.config.ts build.outDir`, `Vite default`, `default folder`. */
  from: string;
}

export interface Discovery {
  /** What to scan: the places that exist, in the order found. */
  found: OutputPlace[];
  /** Every place looked at, found or not. */
  tried: OutputPlace[];
  /** Settings that could not be read without running the config, and paths refused (outside the workspace). */
  notes: string[];
}

interface Group {
  scan: OutputPlace[];
  when?: string;
}

interface Project {
  /** Relative to the workspace, `/`-separated; '' for the workspace folder itself. */
  dir: string;
  packageJson: PackageJson | undefined;
}

interface PackageJson {
  dependencies: Record<string, unknown>;
  scripts: Record<string, unknown>;
  workspaces: string[];
}

export async function discoverClientOutput(workspace: string): Promise<Discovery> {
  const root = realpathSync(workspace);
  const discovery: Discovery = { found: [], tried: [], notes: [] };
  const projects = listProjects(root, discovery.notes);
  const rootDeps = projects[0]?.packageJson?.dependencies ?? {};
  for (const project of projects) {
    const choices = projectOutput(root, project, rootDeps, discovery.notes);
    for (const choice of choices) pick(root, choice, discovery);
    // No framework recognised in the workspace folder: the folders frameworks usually build to.
    if (project.dir === '' && choices.length === 0) {
      const generic = [...CLIENT_OUTPUT_DIRS, ...NEXT_PRERENDERED_GLOBS].map((p) => ({ scan: [{ path: p, from: 'default folder' }] }));
      for (const group of generic) pick(root, [group], discovery);
    }
  }
  discovery.found = withoutNested(discovery.found);
  return discovery;
}

/** The folders to scan, without where they came from (the API from before discovery read configs). */
export async function detectClientOutput(workspace: string): Promise<string[]> {
  return (await discoverClientOutput(workspace)).found.map((p) => p.path);
}

/** Scans the first group of a choice whose folders exist; records every place tried. */
function pick(root: string, choice: readonly Group[], discovery: Discovery): void {
  let picked = false;
  for (const group of choice) {
    for (const place of group.scan) if (!discovery.tried.some((t) => t.path === place.path)) discovery.tried.push(place);
    if (picked || (group.when !== undefined && !exists(root, group.when))) continue;
    const existing = group.scan.filter((p) => exists(root, picomatch.scan(p.path).base));
    for (const place of existing) if (!discovery.found.some((f) => f.path === place.path)) discovery.found.push(place);
    picked = existing.length > 0;
  }
}

function exists(root: string, relative: string): boolean {
  const absolute = path.join(root, relative);
  try {
    return statSync(absolute).isDirectory() && isInside(root, realpathSync(absolute));
  } catch {
    return false;
  }
}

/** A folder inside another one found is scanned with it (the walk would list its files once anyway). */
function withoutNested(places: OutputPlace[]): OutputPlace[] {
  const folder = (p: OutputPlace): string => picomatch.scan(p.path).base;
  return places.filter((p) => !places.some((q) => q !== p && picomatch.scan(q.path).isGlob === false && folder(p) !== folder(q) && isInside(folder(q), folder(p))));
}

// ---------------------------------------------------------------------------------------------------------------
// Projects

function listProjects(root: string, notes: string[]): Project[] {
  const top: Project = { dir: '', packageJson: readPackageJson(root, '', notes) };
  const dirs = new Set<string>();
  for (const pattern of [...(top.packageJson?.workspaces ?? []), ...pnpmWorkspaces(root)]) {
    for (const dir of expandWorkspaceGlob(root, pattern)) dirs.add(dir);
  }
  // Sub-folders that are projects of their own (`client/` and `server/` beside each other).
  for (const name of childFolders(root, '')) {
    if (hasProjectFile(root, name)) dirs.add(name);
  }
  const projects = [top];
  for (const dir of [...dirs].sort()) {
    if (projects.length > MAX_DISCOVERED_PROJECTS) {
      notes.push(`more than ${MAX_DISCOVERED_PROJECTS} project folders: the rest were not looked at (name the build output: backend-only scan <path>)`);
      break;
    }
    projects.push({ dir, packageJson: readPackageJson(root, dir, notes) });
  }
  return projects;
}

const PROJECT_FILES = new Set(['package.json', ...BUILD_TOOLS.flatMap((t) => t.configFiles)]);

function hasProjectFile(root: string, dir: string): boolean {
  try {
    return readdirSync(path.join(root, dir)).some((name) => PROJECT_FILES.has(name));
  } catch {
    return false;
  }
}

function childFolders(root: string, dir: string): string[] {
  try {
    return readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => (dir ? `${dir}/${e.name}` : e.name))
      .sort();
  } catch {
    return [];
  }
}

/** `apps/*`, `packages/**`, `web`: literal folders and one level of `*`, never outside the workspace. */
function expandWorkspaceGlob(root: string, pattern: string): string[] {
  const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  if (clean.startsWith('!') || clean.startsWith('/') || clean.split('/').includes('..')) return [];
  const star = clean.search(/[*?[{]/);
  if (star === -1) return hasProjectFile(root, clean) ? [clean] : [];
  const parent = clean.slice(0, star).replace(/\/[^/]*$/, '').replace(/\/$/, '');
  const match = picomatch(clean.replace(/\*\*/g, '*'));
  return childFolders(root, parent).filter((d) => match(d) && hasProjectFile(root, d));
}

/** pnpm-workspace.yaml `packages:` list (the lines `  - 'apps/*'` under it), read as text line by line. */
function pnpmWorkspaces(root: string): string[] {
  const lines = (readSmall(root, 'pnpm-workspace.yaml') ?? '').split(/\r?\n/);
  const start = lines.findIndex((line) => line.trimEnd() === 'packages:');
  const patterns: string[] = [];
  for (const line of start === -1 ? [] : lines.slice(start + 1)) {
    const item = line.trim();
    if (item === '' || item.startsWith('#')) continue;
    if (!item.startsWith('-')) break;
    patterns.push(unquote(item.slice(1).replace(/\s#.*$/, '').trim()));
  }
  return patterns;
}

const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');

function readPackageJson(root: string, dir: string, notes: string[]): PackageJson | undefined {
  const file = dir ? `${dir}/package.json` : 'package.json';
  const text = readSmall(root, file);
  if (text === undefined) return undefined;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
    const ws = Array.isArray(json.workspaces) ? json.workspaces : record(json.workspaces).packages;
    return {
      dependencies: { ...record(json.peerDependencies), ...record(json.devDependencies), ...record(json.dependencies) },
      scripts: record(json.scripts),
      workspaces: Array.isArray(ws) ? ws.filter((w): w is string => typeof w === 'string') : [],
    };
  } catch (error) {
    notes.push(`${file}: not valid JSON (${(error as Error).message}), its dependencies were not read`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Output per framework

/** Each tool's choice of output groups for one project folder. */
function projectOutput(root: string, project: Project, rootDeps: Record<string, unknown>, notes: string[]): Group[][] {
  const deps = project.packageJson?.dependencies ?? rootDeps;
  const ownConfig = (tool: BuildTool): boolean => tool.configFiles.some((f) => isFile(root, join(project.dir, f)));
  // A folder without its own package.json uses the workspace's dependencies, and only the tools configured in it.
  const uses = BUILD_TOOLS.filter(
    (tool) =>
      tool.dependencies.some((d) => d in deps) &&
      (project.packageJson !== undefined || project.dir === '' || ownConfig(tool)) &&
      (!tool.requiresFile || tool.requiresFile.some((f) => isFile(root, join(project.dir, f)))),
  );
  const superseded = new Set(uses.flatMap((tool) => tool.supersedes ?? []));
  const context = { root, dir: project.dir, notes, packageJson: project.packageJson };
  return uses.filter((tool) => !superseded.has(tool.id)).flatMap((tool) => outputOf(tool, context));
}

interface Context {
  root: string;
  dir: string;
  notes: string[];
  packageJson: PackageJson | undefined;
}

function outputOf(tool: BuildTool, c: Context): Group[][] {
  switch (tool.id) {
    case 'next':
      return [nextOutput(tool, c)];
    case 'vite':
      return [viteOutput(tool, c)];
    case 'sveltekit':
      return [svelteKitOutput(tool, c)];
    case 'angular':
      return angularOutput(tool, c);
    case 'cra':
      return [craOutput(tool, c)];
    case 'astro':
      return [astroOutput(tool, c)];
    default:
      return [settingOutput(tool, c)];
  }
}

/** Tools with one output setting (or none): React Router, Remix, Nuxt, Vue CLI, and the fixed folders. */
function settingOutput(tool: BuildTool, c: Context): Group[] {
  const config = readConfig(tool, c);
  const name = Object.keys(tool.settings)[0];
  const found = config && name ? setting(config, tool, name, c) : undefined;
  if (!found) return fromDefaults(tool, c);
  const folder = tool.clientUnder ? `${found.value}/${tool.clientUnder}` : found.value;
  return [{ scan: places(c, [folder], describe(config!, [tool.settings[name!]!.key.join('.')])) }];
}

function astroOutput(tool: BuildTool, c: Context): Group[] {
  const config = readConfig(tool, c);
  const outDir = config && setting(config, tool, 'outDir', c);
  const client = config && setting(config, tool, 'client', c);
  if (!outDir && !client) return fromDefaults(tool, c);
  const out = outDir?.value ?? 'dist';
  const from = describe(config!, [outDir && 'outDir', client && 'build.client']);
  const server = resolveIn(c, `${out}/server`);
  return [{ scan: places(c, [`${out}/${client?.value ?? 'client'}`], from), ...(server ? { when: server } : {}) }, { scan: places(c, [out], from) }];
}

function nextOutput(tool: BuildTool, c: Context): Group[] {
  const config = readConfig(tool, c);
  const distDir = config && setting(config, tool, 'distDir', c);
  const output = config && setting(config, tool, 'output', c);
  if (!distDir && output?.value !== 'export') return fromDefaults(tool, c);
  const dist = distDir?.value ?? '.next';
  const from = describe(config!, [distDir && 'distDir', output && 'output']);
  if (output?.value === 'export') return [{ scan: places(c, [dist === '.next' ? 'out' : dist], from) }];
  const under = (p: string): string => `${dist}${p.slice('.next'.length)}`;
  return [{ scan: places(c, ['.next/static', ...NEXT_PRERENDERED_GLOBS].map(under), from) }, { scan: places(c, ['out'], 'Next.js default') }];
}

function viteOutput(tool: BuildTool, c: Context): Group[] {
  const config = readConfig(tool, c);
  const outDir = config && setting(config, tool, 'outDir', c);
  const viteRoot = config && setting(config, tool, 'root', c);
  const flag = buildScriptFlag(c, VITE_BUILD_COMMAND, VITE_OUTDIR_FLAGS);
  if (flag !== undefined) return [{ scan: places(c, [flag], `${join(c.dir, 'package.json')} build script ${VITE_OUTDIR_FLAGS[0]!}`) }];
  if (!outDir && !viteRoot) return fromDefaults(tool, c);
  // outDir is relative to Vite's root, unless built from __dirname (then it is absolute, next to the config).
  // (The config file sits in the project folder, so a root built from __dirname is relative to it as well.)
  const target = outDir?.base === 'config-file' ? outDir.value : `${viteRoot?.value ?? '.'}/${outDir?.value ?? 'dist'}`;
  return [{ scan: places(c, [path.posix.normalize(target)], describe(config!, [outDir && 'build.outDir', viteRoot && 'root'])) }];
}

/** `--flag dir` or `--flag=dir` after `command` in the package.json build script (words, not a regex over the script). */
function buildScriptFlag(c: Context, command: readonly string[], flags: readonly string[]): string | undefined {
  const script = c.packageJson?.scripts.build;
  if (typeof script !== 'string') return undefined;
  const words = script.split(/\s+/);
  const start = words.findIndex((_, i) => command.every((w, k) => words[i + k] === w));
  if (start === -1) return undefined;
  for (let i = start + command.length; i < words.length && !/^(?:&&|\|\||;|\|)$/.test(words[i]!); i++) {
    const word = words[i]!;
    const flag = flags.find((f) => word === f || word.startsWith(`${f}=`));
    if (flag) return unquote(word === flag ? (words[i + 1] ?? '') : word.slice(flag.length + 1)) || undefined;
  }
  return undefined;
}

function svelteKitOutput(tool: BuildTool, c: Context): Group[] {
  const file = tool.configFiles.find((f) => isFile(c.root, join(c.dir, f)));
  const text = file && readConfigText(c, file);
  const fallback = [{ scan: places(c, SVELTEKIT_OUTPUT.scan, 'SvelteKit default') }];
  if (!text || !file) return fallback;
  const adapter = defaultImportName(text, Object.keys(SVELTEKIT_ADAPTERS));
  if (!adapter) return fallback;
  const known = SVELTEKIT_ADAPTERS[adapter.source]!;
  const options: Record<string, string> = { ...known.options };
  const read: string[] = [];
  for (const p of readConfigProperties(text)) {
    if (p.callee !== adapter.name || p.path.length !== 1 || !(p.path[0]! in known.options)) continue;
    if ('computed' in p.value) {
      c.notes.push(`${join(c.dir, file)}: ${adapter.source} option ${p.path[0]!} is computed (${p.value.computed}), not read; looking at the SvelteKit default folders`);
      return fallback;
    }
    options[p.path[0]!] = p.value.known;
    read.push(p.path[0]!);
  }
  const from = read.length ? `${join(c.dir, file)} ${adapter.source} ${read.join(', ')}` : `${adapter.source} default`;
  return [{ scan: places(c, [...new Set(known.scan(options))], from) }, ...fallback];
}

function angularOutput(tool: BuildTool, c: Context): Group[][] {
  const file = join(c.dir, 'angular.json');
  const text = readSmall(c.root, file);
  if (text === undefined) return [fromDefaults(tool, c)];
  let workspace: { projects?: Record<string, { architect?: Record<string, unknown>; targets?: Record<string, unknown> }> };
  try {
    workspace = JSON.parse(withoutComments(text)) as typeof workspace;
  } catch (error) {
    c.notes.push(`${file}: not valid JSON (${(error as Error).message}); looking at the Angular default folder`);
    return [fromDefaults(tool, c)];
  }
  const choices: Group[][] = [];
  for (const [name, project] of Object.entries(workspace.projects ?? {})) {
    const build = (project?.architect ?? project?.targets)?.build as { builder?: unknown; options?: { outputPath?: unknown } } | undefined;
    if (!build || typeof build.builder !== 'string') continue;
    const split = ANGULAR_SPLIT_BUILDERS.test(build.builder);
    const outputPath = build.options?.outputPath;
    const from = `${file} projects.${name}.architect.build.options.outputPath`;
    let folder: string;
    if (typeof outputPath === 'string') folder = split ? `${outputPath}/browser` : outputPath;
    else if (outputPath && typeof outputPath === 'object' && typeof (outputPath as { base?: unknown }).base === 'string') {
      const { base, browser } = outputPath as { base: string; browser?: unknown };
      folder = typeof browser === 'string' ? (browser ? `${base}/${browser}` : base) : `${base}/browser`;
    } else if (outputPath === undefined) {
      choices.push([{ scan: places(c, [split ? `dist/${name}/browser` : `dist/${name}`], `Angular default for project ${name}`) }]);
      continue;
    } else {
      c.notes.push(`${from} is not a string or { base, browser }; project ${name} skipped`);
      continue;
    }
    choices.push([{ scan: places(c, [folder], from) }]);
  }
  return choices.length ? choices : [fromDefaults(tool, c)];
}

function craOutput(tool: BuildTool, c: Context): Group[] {
  const script = c.packageJson?.scripts.build;
  const sources: { from: string; value: string | undefined }[] = [];
  // `BUILD_PATH=x react-scripts build`, `cross-env BUILD_PATH=x …`, `set BUILD_PATH=x&& …`
  const assignment = typeof script === 'string' ? script.split(/[\s;&]+/).find((word) => word.startsWith(`${CRA_BUILD_PATH}=`)) : undefined;
  if (typeof script === 'string') sources.push({ from: `${join(c.dir, 'package.json')} build script ${CRA_BUILD_PATH}`, value: assignment?.slice(CRA_BUILD_PATH.length + 1) || undefined });
  for (const env of CRA_ENV_FILES) sources.push({ from: `${join(c.dir, env)} ${CRA_BUILD_PATH}`, value: dotenvValue(readSmall(c.root, join(c.dir, env)), CRA_BUILD_PATH) });
  const first = sources.find((s) => s.value !== undefined);
  if (!first) return fromDefaults(tool, c);
  const value = unquote(first.value!);
  if (/[$%]/.test(value)) {
    c.notes.push(`${first.from} is computed (${value}), not read; looking at the Create React App default folder`);
    return fromDefaults(tool, c);
  }
  return [{ scan: places(c, [value], first.from) }];
}

/** `NAME=value` in a .env file (dotenv's syntax: `export ` allowed, quotes, ` #` comments), line by line. */
function dotenvValue(text: string | undefined, name: string): string | undefined {
  for (const line of text?.split(/\r?\n/) ?? []) {
    const assignment = line.trim().replace(/^export\s+/, '');
    if (!assignment.startsWith(name)) continue;
    const rest = assignment.slice(name.length).trimStart();
    if (!rest.startsWith('=')) continue;
    const raw = rest.slice(1).trim();
    const value = /^["']/.test(raw) ? raw.slice(0, raw.indexOf(raw[0]!, 1) + 1 || undefined) : raw.replace(/\s#.*$/, '');
    return value || undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading settings

interface ReadConfig {
  file: string;
  properties: ConfigProperty[];
}

function readConfig(tool: BuildTool, c: Context): ReadConfig | undefined {
  const file = tool.configFiles.find((f) => isFile(c.root, join(c.dir, f)));
  const text = file && readConfigText(c, file);
  return text ? { file: join(c.dir, file), properties: readConfigProperties(text) } : undefined;
}

function readConfigText(c: Context, file: string): string | undefined {
  const text = readSmall(c.root, join(c.dir, file));
  if (text === undefined && isFile(c.root, join(c.dir, file))) c.notes.push(`${join(c.dir, file)}: over ${MAX_CONFIG_BYTES / 1024} KB or unreadable, not read; looking at the default folders`);
  return text;
}

/** A setting's literal value, or undefined (absent, or computed: then a note says so). */
function setting(config: ReadConfig, tool: BuildTool, name: string, c: Context): { value: string; base: 'project' | 'config-file' } | undefined {
  const spec = tool.settings[name]!;
  const matches = config.properties.filter((p) => holds(spec, p) && (same(p.path, spec.key) || (p.path.length < spec.key.length && same(p.path, spec.key.slice(0, p.path.length)) && 'computed' in p.value)));
  const computed = matches.find((p) => 'computed' in p.value);
  if (computed && 'computed' in computed.value) {
    c.notes.push(`${config.file}: ${computed.path.join('.')} is computed (${computed.value.computed}), not read; looking at the ${tool.name} default folders`);
    return undefined;
  }
  const values = [...new Set(matches.map((p) => ('known' in p.value ? p.value.known : '')))];
  if (values.length > 1) {
    c.notes.push(`${config.file}: ${spec.key.join('.')} is set to ${values.map((v) => `'${v}'`).join(' and ')} in different places; looking at the ${tool.name} default folders`);
    return undefined;
  }
  const first = matches[0];
  return first && 'known' in first.value ? { value: first.value.known, base: first.value.base } : undefined;
}

function holds(spec: ConfigSetting, p: ConfigProperty): boolean {
  if (spec.holder === 'any') return true;
  if (spec.holder === 'config') return p.callee === undefined || CONFIG_WRAPPERS.includes(p.callee);
  return p.callee !== undefined && spec.holder.call.includes(p.callee);
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

function describe(config: ReadConfig, keys: readonly (string | false | undefined | null | '')[]): string {
  return `${config.file} ${keys.filter(Boolean).join(', ')}`;
}

function fromDefaults(tool: BuildTool, c: Context): Group[] {
  return tool.defaults.map((g: OutputGroup) => ({ scan: places(c, g.scan, `${tool.name} default`), when: g.when === undefined ? undefined : join(c.dir, g.when) }));
}

/** Folders relative to the project as workspace-relative places; one outside the workspace is refused with a note. */
function places(c: Context, values: readonly string[], from: string): OutputPlace[] {
  return values.flatMap((value) => {
    const relative = resolveIn(c, value);
    return relative === undefined ? [] : [{ path: relative, from }];
  });
}

function resolveIn(c: Context, value: string): string | undefined {
  const absolute = path.resolve(c.root, c.dir, value);
  if (!isInside(c.root, absolute)) {
    c.notes.push(`${value} (${c.dir ? `the build output of ${c.dir}` : 'a build output'}) is outside the workspace, not scanned`);
    return undefined;
  }
  return toPosix(path.relative(c.root, absolute)) || '.';
}

const join = (dir: string, file: string): string => (dir ? `${dir}/${file}` : file);

function isFile(root: string, relative: string): boolean {
  try {
    return lstatSync(path.join(root, relative)).isFile();
  } catch {
    return false;
  }
}

/** A regular file inside the workspace, at most MAX_CONFIG_BYTES, as text; undefined otherwise. */
function readSmall(root: string, relative: string): string | undefined {
  const absolute = path.join(root, relative);
  try {
    const info = lstatSync(absolute);
    if (!info.isFile() || info.size > MAX_CONFIG_BYTES) return undefined;
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

/** JSON with `//` and `/* *\/` comments (angular.json allows them) as plain JSON. */
function withoutComments(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) => (m.startsWith('"') ? m : ''));
}

/** `public/ (vite.config.ts build.outDir)`: a place as the CLI and the Action show it. */
export function describePlace(place: OutputPlace): string {
  return `${picomatch.scan(place.path).isGlob || place.path.endsWith('/') ? place.path : `${place.path}/`} (${place.from})`;
}

/** The error when nothing was found: every place tried, the settings that could not be read, and what to do. */
export function nothingFoundMessage(discovery: Discovery, hint: string): string {
  const notes = discovery.notes.length ? ` ${discovery.notes.map((n) => `Note: ${n}.`).join(' ')}` : '';
  return `no client build output found. Looked for: ${discovery.tried.map(describePlace).join(', ')}.${notes} Run the build first, or ${hint}.`;
}
