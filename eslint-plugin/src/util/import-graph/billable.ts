/**
 * The import walk for money (issue 12): from an endpoint's code, through the first-party modules it imports,
 * to the first billable call or rate limit on the request's path. Reuses the walk's module cache (one node per
 * file, resolutions once per generation, re-read on mtime change); the cost facts of a dependency hang off its
 * cached reading, so each file is parsed for them once per change, whatever the number of endpoints importing it.
 *
 * A binding's summary is its first event in source order, with references replaced by the summary of what
 * they name: a guard first means "guarded", a billable call first means "spends", with the chain of modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProviderId } from '@backend-only/core';
import { CostReader, DEFAULT_BINDING, MEMBER, type CostEvent, type CostFacts, type GuardInfo, type ImportBinding, type ProjectGuards } from '../cost/facts.js';
import { GENERATION_IDLE_MS, MAX_MODULE_BYTES, moduleNode, readModule, resolveEdge, type Reading } from './module-cache.js';
import type { AstNode, VisitorKeys } from './module-facts.js';
import type { ParseContext } from './parse-module.js';
import { isTypeScriptEslintParser } from './typescript-facts.js';

export type Summary =
  | { kind: 'none'; ignored?: string; auth?: boolean }
  | { kind: 'spend'; call: string; provider: ProviderId | undefined; modules: string[]; ignored?: string; auth?: boolean }
  | { kind: 'guarded'; guard: GuardInfo; modules: string[]; auth?: boolean };

/** A module and its cost facts: the linted file (from ESLint's AST) or a dependency (from the cache). */
export interface CostModule {
  file: string;
  facts: CostFacts;
}

const NONE: Summary = { kind: 'none' };

interface ParserModule {
  parse?: (code: string, options: Record<string, unknown>) => unknown;
  parseForESLint?: (code: string, options: Record<string, unknown>) => { ast: unknown; visitorKeys?: VisitorKeys };
}

/** Cost facts per cached reading and guard settings: dropped with the reading when the file changes. */
const factsByReading = new WeakMap<Reading, Map<string, CostFacts | null>>();
/** Summaries per module facts and binding, valid for one lint run (a dependency's summary depends on its imports). */
let summaries = new WeakMap<CostFacts, Map<string, Summary>>();
let lastUse = -Infinity;

export class BillableGraph {
  private readonly inProgress = new Set<string>();
  private readonly settingsKey: string;

  constructor(
    private readonly parse: ParseContext,
    private readonly guards: ProjectGuards,
    private readonly maxDepth: number,
  ) {
    this.settingsKey = JSON.stringify([[...guards.names], guards.exports]);
    const now = performance.now();
    // A new lint run (after a pause, as module-cache.ts decides): dependencies may have changed.
    if (now - lastUse > GENERATION_IDLE_MS) summaries = new WeakMap();
    lastUse = now;
  }

  /** Call when done, so the next endpoint of the same run reuses this run's summaries. */
  done(): void {
    lastUse = performance.now();
  }

  /** The cost facts of a first-party module on disk, or undefined when it cannot be read or parsed. */
  moduleAt(file: string): CostModule | undefined {
    const node = moduleNode(file);
    const reading = readModule(node, this.parse);
    if (!reading) return undefined;
    let bySettings = factsByReading.get(reading);
    if (!bySettings) {
      bySettings = new Map();
      factsByReading.set(reading, bySettings);
    }
    let facts = bySettings.get(this.settingsKey);
    if (facts === undefined) {
      facts = this.read(file) ?? null;
      bySettings.set(this.settingsKey, facts);
    }
    return facts ? { file, facts } : undefined;
  }

  /** What `local`, imported in `module`, resolves to: a first-party module and the export it names. */
  imported(module: CostModule, local: string): { module: CostModule; binding: ImportBinding } | undefined {
    const binding = module.facts.imports.get(local);
    if (!binding) return undefined;
    return this.follow(module, binding);
  }

  /** The summary of events read from `module`'s code (a handler, a binding), `depth` import hops from the endpoint. */
  summarize(events: readonly CostEvent[], module: CostModule, depth: number, ignoreGuards = false): Summary {
    let ignored: string | undefined;
    let auth = false;
    for (const event of events) {
      switch (event.kind) {
        case 'auth':
          auth = true;
          break;
        case 'ignored':
          ignored ??= event.name;
          break;
        case 'spend':
          if (event.confirmVia && !this.confirms(module, event.confirmVia, 'ai')) break;
          return { kind: 'spend', call: event.call, provider: event.provider, modules: [], ...(ignored ? { ignored } : {}), auth };
        case 'guard':
          if (ignoreGuards) break;
          if (event.confirmVia && !this.confirms(module, event.confirmVia, 'limiter')) break;
          return { kind: 'guarded', guard: event.guard, modules: [], auth };
        case 'ref': {
          const summary = this.summarizeName(module, event.name, depth, ignoreGuards);
          if (summary.kind === 'none') {
            ignored ??= summary.ignored;
            auth ||= summary.auth === true;
            break;
          }
          if (summary.kind === 'spend') return { ...summary, ...(ignored && !summary.ignored ? { ignored } : {}), auth: auth || summary.auth === true };
          return { ...summary, auth: auth || summary.auth === true };
        }
      }
    }
    return { kind: 'none', ...(ignored ? { ignored } : {}), auth };
  }

  /** A top-level name of `module`: a local binding, or an import followed into its module. */
  summarizeName(module: CostModule, name: string, depth: number, ignoreGuards = false): Summary {
    if (module.facts.bindings.has(name)) return this.summarizeBinding(module, name, depth, ignoreGuards);
    const [local, member] = name.split(MEMBER) as [string, string | undefined];
    const target = this.imported(module, local);
    if (target && member !== undefined && depth < this.maxDepth && (target.module.facts.exports.has(member) || target.module.facts.exportAll.length > 0)) {
      const summary = this.summarizeExport(target.module, member, depth + 1, ignoreGuards);
      // An export by that name answers for itself, even when it spends nothing (`controller.getHome`).
      if (summary.kind !== 'none' || target.module.facts.exports.has(member)) return summary.kind === 'none' ? summary : { ...summary, modules: [target.module.file, ...summary.modules] };
    }
    if (!target || depth >= this.maxDepth) return NONE;
    const summary = this.summarizeExport(target.module, target.binding.imported, depth + 1, ignoreGuards);
    return summary.kind === 'none' ? summary : { ...summary, modules: [target.module.file, ...summary.modules] };
  }

  /** An export of `module` (`*` for the whole namespace: its first spend, else its first guard). */
  summarizeExport(module: CostModule, exported: string, depth: number, ignoreGuards = false): Summary {
    if (exported === '*') {
      let guarded: Summary | undefined;
      for (const name of module.facts.exports.keys()) {
        const summary = this.summarizeExport(module, name, depth, ignoreGuards);
        if (summary.kind === 'spend') return summary;
        if (summary.kind === 'guarded') guarded ??= summary;
      }
      return guarded ?? NONE;
    }
    const target = module.facts.exports.get(exported);
    if (typeof target === 'string') return this.summarizeBinding(module, target, depth, ignoreGuards);
    if (target) {
      const next = this.follow(module, target);
      if (!next || depth >= this.maxDepth) return NONE;
      const summary = this.summarizeExport(next.module, next.binding.imported, depth + 1, ignoreGuards);
      return summary.kind === 'none' ? summary : { ...summary, modules: [next.module.file, ...summary.modules] };
    }
    for (const specifier of module.facts.exportAll) {
      const next = this.follow(module, { specifier, imported: exported });
      if (!next || depth >= this.maxDepth) continue;
      const summary = this.summarizeExport(next.module, exported, depth + 1, ignoreGuards);
      if (summary.kind !== 'none') return { ...summary, modules: [next.module.file, ...summary.modules] };
    }
    return NONE;
  }

  summarizeBinding(module: CostModule, name: string, depth: number, ignoreGuards = false): Summary {
    let byName = summaries.get(module.facts);
    if (!byName) {
      byName = new Map();
      summaries.set(module.facts, byName);
    }
    const memoKey = ignoreGuards ? `${name}\0spend` : name;
    const cached = byName.get(memoKey);
    if (cached) return cached;
    const key = `${module.file}\0${memoKey}`;
    // A cycle (a binding that reaches itself) adds nothing new.
    if (this.inProgress.has(key)) return NONE;
    this.inProgress.add(key);
    try {
      const summary = this.summarize(module.facts.bindings.get(name) ?? [], module, depth, ignoreGuards);
      byName.set(memoKey, summary);
      return summary;
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** For a call whose path alone says little: the module its receiver comes from uses an AI SDK (or a limiter). */
  private confirms(module: CostModule, local: string, what: 'ai' | 'limiter'): boolean {
    const target = this.imported(module, local);
    if (!target) return false;
    if (what === 'ai') return target.module.facts.usesAiSdk;
    return target.module.facts.usesLimiter || this.summarizeExport(target.module, target.binding.imported, this.maxDepth - 1).kind === 'guarded';
  }

  private follow(module: CostModule, binding: ImportBinding): { module: CostModule; binding: ImportBinding } | undefined {
    const edge = resolveEdge(module.file, binding.specifier);
    if (edge?.kind !== 'module') return undefined;
    const target = this.moduleAt(edge.node.file);
    return target ? { module: target, binding } : undefined;
  }

  private read(file: string): CostFacts | undefined {
    let code: string;
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > MAX_MODULE_BYTES) return undefined;
      code = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const parsed = parseEstree(this.parse, file, code);
    return parsed ? new CostReader(parsed.ast, parsed.visitorKeys, this.guards).facts : undefined;
  }
}

/** A dependency's ESTree AST with the parser the user configured (typescript-eslint's `parse`: no scope analysis). */
function parseEstree(parse: ParseContext, file: string, code: string): { ast: AstNode; visitorKeys: VisitorKeys } | undefined {
  const reader = /\.(?:vue|svelte)$/.test(file) ? parse.components : parse.scripts;
  const parser = reader.parser as ParserModule | undefined;
  const options = { ...reader.options, filePath: file };
  try {
    if (isTypeScriptEslintParser(parser) && typeof parser?.parse === 'function') return { ast: parser.parse(code, options) as AstNode, visitorKeys: parse.fallbackVisitorKeys };
    if (typeof parser?.parseForESLint === 'function') {
      const result = parser.parseForESLint(code, options);
      return { ast: result.ast as AstNode, visitorKeys: result.visitorKeys ?? parse.fallbackVisitorKeys };
    }
    if (typeof parser?.parse === 'function') return { ast: parser.parse(code, options) as AstNode, visitorKeys: parse.fallbackVisitorKeys };
  } catch {
    // A syntax error: the walk goes on without this module, as the leak walk does.
  }
  return undefined;
}

/** The first existing file among `base` + each extension, under `root`. */
export function findLayerFile(root: string, base: string, extensions: readonly string[]): string | undefined {
  for (const extension of extensions) {
    const file = path.join(root, base + extension);
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not there: try the next extension
    }
  }
  return undefined;
}

export { DEFAULT_BINDING };
