/**
 * Gives findings in built files their `origin` from source maps, parsing a map only for files that have a
 * finding. Also reads what shipped maps make public: a key in an inline map's base64 `sourcesContent`
 * (invisible to the text scan) is reported, and a key in a `.map` file is reported once, at its source line.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { traceSegment } from '@jridgewell/trace-mapping';
import { providerOfModule, type ProviderId } from '../catalog/providers.js';
import { SECRET_RULE_IDS } from '../catalog/rules.js';
import { compareFindings, dedupeFindings, type Finding, type Location } from '../finding.js';
import { MAPPABLE, scanBuffer, type MapComment } from '../scan/file.js';
import { sdkImportsInMapText } from '../scan/map-imports.js';
import { TextMatcher, sourceLineNamesProvider } from '../scan/matcher.js';
import { isInside, type ScanError, type WalkedFile } from '../scan/walk.js';
import { fingerprint } from '../redact.js';
import { keyUses } from './binding.js';
import { loadMapFor, loadMapFile, placeOfOffset, readMapReference, type LoadedMap, type MapLookup, type WorthParsing } from './load.js';
import { NOT_FOUND, OUTSIDE, resolveSource, type ResolvedSource } from './sources.js';

/** Rules whose evidence is a secret: the only findings a map's sourcesContent adds (its SDK code is in the bundle too). */
/** First-party sources read from disk (when a map has no sourcesContent) only below this size. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** First-party importers named in an SDK finding's message. */
const MAX_IMPORTERS_NAMED = 3;
/** `from 'x'`, `import('x')`, `require('x')`: a module specifier, bounded so no line can make it slow. */
const IMPORT_SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"`])([^'"`\n]{1,200})\1/g;
/** Built files read again to follow a key's binding (unmappedKeyOrigin) only up to this size. */
const MAX_FOLLOWED_BYTES = 32 * 1024 * 1024;
/** Said of a key whose source the map cannot tell (see unmappedKeyOrigin). */
const ORIGIN_UNKNOWN =
  ' Origin unknown: the source map gives this key no place of its own (most often a bundler define or a framework env module,' +
  " such as SvelteKit's $env/static/public, put it there); look for it in your env files and your bundler's define settings.";

export interface SourceMapOptions {
  /** The workspace: maps and sources outside it are never read or named. */
  root: string;
  /** Every file the scan listed (inline maps are looked for in each JS/CSS file). */
  files: readonly WalkedFile[];
  knownSecrets?: readonly string[];
  /**
   * What the scan saw on each file's last line (scan/file.ts MapComment): when given, a file missing here has no
   * `sourceMappingURL` comment, and only files with an inline one are read for inline maps.
   */
  mapComments?: ReadonlyMap<string, MapComment>;
  /**
   * Keys in built files that only their source can settle (scan/to-findings.ts): each is reported when the source
   * line it was built from names its provider (`apiKey: import.meta.env.VITE_GEMINI_API_KEY`), else dropped.
   */
  keysAwaitingSource?: readonly Finding[];
  /** What the scan saw each `.map` file's sources import (scan/map-imports.ts), by absolute path. */
  mapImports?: ReadonlyMap<string, readonly ProviderId[] | null>;
}

export interface SourceMapResult {
  findings: Finding[];
  /** Maps that could not be used and sources that were dropped, each naming its file. */
  notes: ScanError[];
}

interface MapSources {
  /** Source `index` as a workspace path, resolved when first asked (resolving may look on disk, several times per source). */
  resolved(index: number): ResolvedSource | undefined;
  contents: readonly (string | null | undefined)[];
}

/**
 * Whether a source name (or sourceRoot) can point above the folder it is read from: `..`, an absolute path or
 * drive, a file: URL, or a bundler namespace holding one (`webpack:///C:/…`, `webpack:////home/…`).
 */
const mayLeaveFolder = (name: string): boolean => name.includes('..') || /^(?:[/\\]|[A-Za-z]:|file:)|:\/\/\/(?:\/|[A-Za-z]:)/.test(name);

const isOutside = (entry: ResolvedSource | undefined): entry is { dropped: string } => entry !== undefined && 'dropped' in entry && entry.dropped.endsWith(OUTSIDE);

export async function applySourceMaps(findings: readonly Finding[], options: SourceMapOptions): Promise<SourceMapResult> {
  const root = await realpath(options.root);
  const lookup: MapLookup = { root, notes: [] };
  const matcher = new TextMatcher({ knownSecrets: options.knownSecrets });
  const mapsByFile = new Map<string, Promise<LoadedMap | null>>();
  const sourcesByMap = new WeakMap<LoadedMap, MapSources>();
  const exists = existsInListings();

  const mapOf = (display: string, load: () => Promise<LoadedMap | null>): Promise<LoadedMap | null> => {
    let pending = mapsByFile.get(display);
    if (!pending) mapsByFile.set(display, (pending = load()));
    return pending;
  };
  /** null (no comment: look for a hidden map only) when the scan saw the file's end, else undefined (read it). */
  const knownReference = (display: string): null | undefined => (options.mapComments && !options.mapComments.has(display) ? null : undefined);
  const bundleMap = (display: string): Promise<LoadedMap | null> => mapOf(display, () => loadMapFor(path.join(root, display), lookup, knownReference(display)));
  const sourcesOf = (loaded: LoadedMap): MapSources => {
    let sources = sourcesByMap.get(loaded);
    if (!sources) {
      // Resolved one by one when needed: a 200 MB build's maps name tens of thousands of sources, and resolving
      // each looks for files on disk (160,000 lookups, a second of the scan, when only a few sources are ever named).
      const context = { root, mapDir: loaded.dir, sourceRoot: loaded.map.sourceRoot, exists };
      const cache: (ResolvedSource | undefined)[] = [];
      const names = loaded.map.sources;
      const resolved = (index: number): ResolvedSource | undefined =>
        index < 0 || index >= names.length ? undefined : (cache[index] ??= resolveSource(names[index] ?? '', context));
      // A source found on disk is always inside the workspace: only one that lands outside when nothing is found
      // can be outside, and only those are resolved now, for the note.
      // A relative name with no `..` (under a sourceRoot without one) stays below the map's folder: not resolved
      // at all here (path work on every source of every map was 0.15 s of a 200 MB build's scan).
      const rootMayClimb = mayLeaveFolder(loaded.map.sourceRoot ?? '');
      const outside = names
        .map((name, i) => ((rootMayClimb || mayLeaveFolder(name ?? '')) && isOutside(resolveSource(name ?? '', { ...context, offDisk: true })) ? resolved(i) : undefined))
        .filter(isOutside);
      if (outside.length > 0) {
        const first = outside[0]!.dropped.slice(0, -OUTSIDE.length - 2);
        const more = outside.length > 1 ? ` and ${outside.length - 1} more` : '';
        lookup.notes.push({ path: loaded.shownAs, message: `${loaded.shownAs}: source ${first}${more} outside the workspace, ignored` });
      }
      sources = { resolved, contents: loaded.map.sourcesContent ?? [] };
      sourcesByMap.set(loaded, sources);
    }
    return sources;
  };

  /** Secrets in a map's sourcesContent, each with its source line as origin (and, for now, as location). */
  const secretsByMap = new WeakMap<LoadedMap, Finding[]>();
  const secretsInSources = (loaded: LoadedMap): Finding[] => {
    let found = secretsByMap.get(loaded);
    if (!found) {
      const { resolved, contents } = sourcesOf(loaded);
      found = [];
      for (const [i, content] of contents.entries()) {
        if (!content) continue;
        const text = Buffer.from(content, 'utf8');
        // Named only when it holds a secret (see sourcesOf); secrets' fingerprints do not depend on the file.
        if (!scanBuffer(text, '', matcher).some((f) => SECRET_RULE_IDS.has(f.ruleId))) continue;
        // A source that cannot be named (outside the workspace, not found) still shipped the key: it has no origin.
        const source = resolved(i);
        const file = source && 'file' in source ? source.file : null;
        for (const f of scanBuffer(text, file ?? '', matcher)) if (SECRET_RULE_IDS.has(f.ruleId)) found.push({ ...f, origin: file ? f.location : null });
      }
      secretsByMap.set(loaded, found);
    }
    return found;
  };

  /** What each map's first-party sources import (importsIn), and what the other chunks' maps read so far import (importersElsewhere). */
  const importsByMap = new WeakMap<LoadedMap, Map<ProviderId, Location[]>>();
  const importsSeen = new Map<ProviderId, Location[]>();
  let nextFile = 0;
  /** The SDKs whose importers are looked for: a chunk's map that cannot import one of them is not parsed for it. */
  const sdkProviders = new Set(findings.flatMap((f) => (f.ruleId === 'no-client-ai-sdk' && f.provider ? [f.provider] : [])));
  const mayImportSdk: WorthParsing = (mapFile, text) => {
    // What the scan saw in the map file, else its text now; null: some source is read from disk, so parse it.
    const imported = mapFile !== null && options.mapImports?.has(mapFile) ? options.mapImports.get(mapFile)! : sdkImportsInMapText(text());
    return imported === null || imported.some((provider) => sdkProviders.has(provider));
  };

  /** Findings in built files (JS, CSS, HTML…), and those that come from what a map exposes. */
  const direct: Finding[] = [];
  const echoes: Finding[] = [];
  /** The built file whose keys' bindings are followed (one at a time: findings come file by file). */
  let followed: { file: string; lines: LineIndex | null } | null = null;

  // 1. Inline maps: their sourcesContent is base64 in the built file, so a key there is invisible to the text scan.
  for (const file of options.files) {
    if (!MAPPABLE.test(file.display)) continue;
    const seen = options.mapComments?.get(file.display);
    if (options.mapComments && seen !== 'inline' && seen !== 'unknown') continue;
    const reference = await readMapReference(file.absolute).catch(() => null);
    if (!reference?.url.startsWith('data:')) continue;
    // Not cached: every chunk's inline map held at once would not fit in memory on a large build.
    const loaded = await loadMapFor(file.absolute, lookup, reference);
    if (!loaded) continue;
    const found = secretsInSources(loaded);
    if (found.length === 0) continue;
    const comment = await placeOfOffset(file.absolute, reference.offset);
    echoes.push(...found.map((f) => ({ ...f, location: { file: file.display, ...comment } })));
  }

  for (const finding of findings) {
    // 2. A shipped `.map` file: keep secrets (once, at their source line); its SDK code is reported in the bundle.
    if (finding.location.file.endsWith('.map')) {
      if (!SECRET_RULE_IDS.has(finding.ruleId)) continue;
      const loaded = await mapOf(finding.location.file, () => loadMapFile(path.join(root, finding.location.file), lookup));
      const origin = loaded ? secretsInSources(loaded).find((f) => f.fingerprint === finding.fingerprint)?.origin : undefined;
      echoes.push(origin ? { ...finding, origin } : finding);
      continue;
    }
    // 3. A built file: trace the finding's position back to its source.
    const loaded = MAPPABLE.test(finding.location.file) ? await bundleMap(finding.location.file) : null;
    if (!loaded) {
      direct.push(finding);
      continue;
    }
    let mapped: Finding = { ...finding, origin: traceOrigin(loaded, sourcesOf(loaded), finding.location) ?? finding.origin };
    if (!mapped.origin) noteSourceNotFound(loaded, sourcesOf(loaded), finding.location, lookup.notes);
    if (SECRET_RULE_IDS.has(finding.ruleId) && (!mapped.origin || isDependency(mapped.origin))) mapped = await unmappedKeyOrigin(mapped, loaded, sourcesOf(loaded));
    // The SDK's own code names the option (in the error that tells developers about it): not an opt-in.
    if (finding.ruleId === 'no-dangerously-allow-browser' && isSdkSource(mapped.origin)) continue;
    if (finding.ruleId === 'no-client-ai-sdk' && finding.provider) {
      mapped = await withImporters(mapped, finding.provider, loaded);
    }
    direct.push(withOriginFingerprint(mapped));
  }

  // 4. A key with no Gemini code in its chunk (the SDK shipped in another one): its source line decides.
  for (const finding of options.keysAwaitingSource ?? []) {
    const loaded = MAPPABLE.test(finding.location.file) ? await bundleMap(finding.location.file) : null;
    const traced = loaded ? traceSource(loaded, sourcesOf(loaded), finding.location) : null;
    if (!loaded || !traced || !finding.provider) continue;
    const content = sourcesOf(loaded).contents[traced.sourceIndex] ?? readSmallSource(root, traced.origin.file);
    const line = content ? lineAt(content, traced.origin.line) : undefined;
    if (line !== undefined && sourceLineNamesProvider(finding.provider, line)) direct.push({ ...finding, origin: traced.origin });
  }

  /** Names the first-party files that import the SDK: this chunk's sources first, then the other chunks'. */
  async function withImporters(finding: Finding, provider: ProviderId, own: LoadedMap): Promise<Finding> {
    let importers = (await importsIn(own)).get(provider) ?? [];
    if (importers.length === 0) importers = await importersElsewhere(provider);
    const unique = dedupeBy(importers, (i) => i.file).slice(0, MAX_IMPORTERS_NAMED);
    if (unique.length === 0) return finding;
    return { ...finding, origin: unique[0]!, message: `${finding.message} Imported by ${unique.map((i) => i.file).join(', ')}.` };
  }

  /**
   * The other chunks' maps are read in walk order, each once for every SDK finding of the scan, and let go (a large
   * build's maps together would not fit in memory); what their sources import is kept per provider. Reading them
   * again for each SDK finding cost 20 s on a 200 MB build with SDKs of 18 providers.
   */
  async function importersElsewhere(provider: ProviderId): Promise<Location[]> {
    while ((importsSeen.get(provider)?.length ?? 0) < MAX_IMPORTERS_NAMED && nextFile < options.files.length) {
      const file = options.files[nextFile++]!;
      if (!MAPPABLE.test(file.display)) continue;
      const other = await (mapsByFile.get(file.display) ?? loadMapFor(file.absolute, lookup, knownReference(file.display), mayImportSdk));
      if (!other) continue;
      for (const [imported, at] of await importsIn(other)) importsSeen.set(imported, (importsSeen.get(imported) ?? []).concat(at));
    }
    return importsSeen.get(provider) ?? [];
  }

  /** First-party sources of a map that import an SDK, by provider: each source's text is searched once for all providers. */
  async function importsIn(loaded: LoadedMap): Promise<Map<ProviderId, Location[]>> {
    let found = importsByMap.get(loaded);
    if (found) return found;
    found = new Map();
    const { resolved, contents } = sourcesOf(loaded);
    for (const [i, name] of loaded.map.sources.entries()) {
      if (name?.includes('node_modules/')) continue; // a dependency, wherever it resolves
      const given = contents[i];
      const source = given ? null : resolved(i);
      if (source && (!('file' in source) || source.file.includes('node_modules/'))) continue;
      const content = given ?? (source && 'file' in source ? readSmallSource(root, source.file) : null);
      if (!content) continue;
      const imports = sdkImports(content);
      if (imports.size === 0) continue;
      const at = source ?? resolved(i);
      if (!at || !('file' in at) || at.file.includes('node_modules/')) continue;
      for (const [provider, place] of imports) found.set(provider, (found.get(provider) ?? []).concat({ file: at.file, ...place }));
    }
    importsByMap.set(loaded, found);
    return found;
  }

  /**
   * A secret traced into a dependency that does not hold it, or to no source: the bundler put it where the map has no
   * segment of its own (a define, SvelteKit's `$env/static/public`), and tracing found a neighbour. The place that
   * leads to first-party code is where the binding it is assigned to is used as a key (binding.ts); failing that,
   * the finding says its origin is unknown rather than name the neighbour.
   */
  async function unmappedKeyOrigin(finding: Finding, loaded: LoadedMap, sources: MapSources): Promise<Finding> {
    const lines = builtLines(finding.location.file);
    const text = lines?.text ?? null;
    const start = lines ? lines.offsetOf(finding.location) : -1;
    const length = (finding.location.endColumn ?? 0) - finding.location.column;
    const literal = start === -1 || length <= 0 ? null : text!.slice(start, start + length);
    // Only the literal that was found is followed: its fingerprint says it is the same secret.
    if (literal === null || fingerprint(finding.ruleId, literal) !== finding.fingerprint) return unknownOrigin(finding);
    if (finding.origin && (await sourceHolds(loaded, sources, finding.location, literal))) return finding; // really the dependency's
    for (const use of keyUses(text!, start)) {
      const origin = traceOrigin(loaded, sources, { file: finding.location.file, ...lines!.placeOf(use) });
      if (origin && !isDependency(origin)) return { ...finding, origin };
    }
    return unknownOrigin(finding);
  }

  function builtLines(file: string): LineIndex | null {
    if (followed?.file !== file) {
      let lines: LineIndex | null = null;
      try {
        const absolute = path.join(root, file);
        if (statSync(absolute).size <= MAX_FOLLOWED_BYTES) lines = new LineIndex(readFileSync(absolute, 'utf8'));
      } catch {
        // unreadable since the scan: the key keeps the origin it has
      }
      followed = { file, lines };
    }
    return followed.lines;
  }

  /** Whether the source a built-file place traces to holds `literal` (its sourcesContent, else the file on disk). */
  async function sourceHolds(loaded: LoadedMap, sources: MapSources, location: Location, literal: string): Promise<boolean> {
    const place = tracePlace(loaded, location);
    if (!place) return false;
    const source = sources.resolved(place.index);
    const content = sources.contents[place.index] ?? (source && 'file' in source ? readSmallSource(root, source.file) : null);
    return content?.includes(literal) ?? false;
  }

  // A key in a bundle is usually in its map's sourcesContent too: the bundle's finding stands, and a map's
  // only for a secret no bundle shows (once). Findings in bundles are never merged with each other.
  const shownInBundles = new Set(direct.map((f) => f.fingerprint));
  const mapOnly = dedupeFindings(echoes.sort(compareFindings)).filter((f) => !shownInBundles.has(f.fingerprint));
  // A map read twice (an inline one, a chunk consulted for importers) notes its problem once.
  const notes = [...new Map(lookup.notes.map((n) => [n.message, n])).values()];
  return { findings: [...direct, ...mapOnly].sort(compareFindings), notes };
}

/**
 * `existsSync` answered from cached directory listings: resolving a map's sources tries each under every folder
 * from the map's up to the workspace root, and most tries fall under a folder that does not exist, which one
 * cached listing answers for all of them. A name listed but unreadable (a dangling link) counts as existing;
 * reading it later fails and is handled there.
 */
function existsInListings(): (file: string) => boolean {
  const listings = new Map<string, ReadonlySet<string> | null>();
  const listing = (dir: string): ReadonlySet<string> | null => {
    let names = listings.get(dir);
    if (names === undefined) {
      const parent = path.dirname(dir);
      const isThere = parent === dir || (listing(parent)?.has(path.basename(dir)) ?? false);
      try {
        names = isThere ? new Set(readdirSync(dir)) : null;
      } catch {
        names = null; // a file, or unreadable
      }
      listings.set(dir, names);
    }
    return names;
  };
  return (file) => {
    const dir = path.dirname(file);
    return dir === file || (listing(dir)?.has(path.basename(file)) ?? false);
  };
}

/**
 * Once a source map names the origin, a non-secret finding's fingerprint is built from it: two opt-ins on line 1
 * of one minified chunk are two findings, and a rebuild that moves the chunk's bytes keeps the fingerprint.
 * Secrets keep theirs (made from the secret), so one key is one finding wherever it shipped.
 */
function withOriginFingerprint(finding: Finding): Finding {
  if (!finding.origin || SECRET_RULE_IDS.has(finding.ruleId)) return finding;
  const what = finding.ruleId === 'no-client-ai-sdk' ? (finding.provider ?? '') : finding.evidence;
  return { ...finding, fingerprint: fingerprint(finding.ruleId, what, finding.origin.file, String(finding.origin.line)) };
}

/** True for a file inside an installed AI SDK package (`node_modules/openai/…`, `node_modules/@anthropic-ai/sdk/…`). */
function isSdkSource(origin: Location | null): boolean {
  const at = origin?.file.lastIndexOf('node_modules/') ?? -1;
  return at !== -1 && providerOfModule(origin!.file.slice(at + 'node_modules/'.length)) !== undefined;
}

/** The source index and 0-based position of a built-file location, when the map has a segment there. */
function tracePlace(loaded: LoadedMap, location: Location): { index: number; line: number; column: number } | null {
  let segment;
  try {
    segment = traceSegment(loaded.map, location.line - 1, location.column - 1);
  } catch {
    return null; // a corrupt `mappings` string: keep the built-file location
  }
  if (!segment || segment.length < 4) return null;
  const [, index, line, column] = segment as readonly [number, number, number, number];
  return { index, line, column };
}

/** The source position of a built-file location, when the map has a segment there. */
function traceOrigin(loaded: LoadedMap, sources: MapSources, location: Location): Location | null {
  return traceSource(loaded, sources, location)?.origin ?? null;
}

/** Notes a map source that a finding traces to but that is nowhere in the workspace (sources.ts NOT_FOUND). */
function noteSourceNotFound(loaded: LoadedMap, sources: MapSources, location: Location, notes: ScanError[]): void {
  const place = tracePlace(loaded, location);
  const source = place && sources.resolved(place.index);
  if (!source || !('dropped' in source) || !source.dropped.endsWith(NOT_FOUND)) return;
  const name = source.dropped.slice(0, -NOT_FOUND.length - 2);
  notes.push({ path: loaded.shownAs, message: `${loaded.shownAs}: source ${name} not found in the workspace; findings there keep their built-file location` });
}

const isDependency = (origin: Location): boolean => origin.file.includes('node_modules/');
const unknownOrigin = (finding: Finding): Finding => ({ ...finding, origin: null, message: finding.message + ORIGIN_UNKNOWN });

/** 0-based offset where 1-based line `line` of `text` starts, or -1 past the end (found without splitting the text). */
function lineStartOf(text: string, line: number): number {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return -1;
    start = nl + 1;
  }
  return start;
}

/** Where a text's lines start, found once: the places of many keys in one large built file. */
class LineIndex {
  private readonly starts = [0];
  constructor(readonly text: string) {
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) this.starts.push(nl + 1);
  }

  /** 0-based offset of a 1-based line and UTF-16 column, or -1 past the end. */
  offsetOf(location: Location): number {
    const start = this.starts[location.line - 1];
    const offset = start === undefined ? -1 : start + location.column - 1;
    return offset < this.text.length ? offset : -1;
  }

  /** 1-based line and column of an offset. */
  placeOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

/** traceOrigin, with the index of the source in the map. */
function traceSource(loaded: LoadedMap, sources: MapSources, location: Location): { origin: Location; sourceIndex: number } | null {
  const place = tracePlace(loaded, location);
  const source = place && sources.resolved(place.index);
  if (!place || !source || !('file' in source)) return null;
  return { origin: { file: source.file, line: place.line + 1, column: place.column + 1 }, sourceIndex: place.index };
}

/** Line `line` (1-based) of `content`. */
function lineAt(content: string, line: number): string | undefined {
  const start = lineStartOf(content, line);
  if (start === -1) return undefined;
  const end = content.indexOf('\n', start);
  return content.slice(start, end === -1 ? undefined : end);
}

/** Line and column of the first value import of each provider's SDK in a source text. */
function sdkImports(content: string): Map<ProviderId, { line: number; column: number }> {
  const found = new Map<ProviderId, { line: number; column: number }>();
  let line = 1;
  let counted = 0; // newlines before this offset are in `line`
  IMPORT_SPECIFIER.lastIndex = 0;
  for (let match = IMPORT_SPECIFIER.exec(content); match; match = IMPORT_SPECIFIER.exec(content)) {
    const provider = providerOfModule(match[2]!)?.id;
    if (!provider || found.has(provider)) continue;
    const lineStart = content.lastIndexOf('\n', match.index) + 1;
    if (/^\s*(?:import|export)\s+type\b/.test(content.slice(lineStart, match.index))) continue; // erased at build time
    for (let nl = content.indexOf('\n', counted); nl !== -1 && nl < match.index; nl = content.indexOf('\n', nl + 1)) line++;
    counted = match.index;
    found.set(provider, { line, column: match.index - lineStart + 1 });
  }
  return found;
}

/** A first-party source from disk (synchronous, like the maps: sources are small, and many may be read). */
function readSmallSource(root: string, file: string): string | null {
  const absolute = path.join(root, file);
  try {
    if (!existsSync(absolute)) return null;
    const real = realpathSync(absolute);
    if (!isInside(root, real) || statSync(real).size > MAX_SOURCE_BYTES) return null;
    return readFileSync(real, 'utf8');
  } catch {
    return null;
  }
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
