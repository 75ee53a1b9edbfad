/**
 * Which AI SDKs a source map's sources import, read from the map's JSON text without parsing it. The scan records
 * it for each `.map` file while the bytes are in memory, on every scan thread; the source-map step then parses only
 * the maps that can name an SDK's importers (sourcemap/apply.ts importersElsewhere). Parsing every chunk's map for
 * that was 0.6 s of a 200 MB build's scan, on one thread, after the scan.
 */
import { providerOfModule, type ProviderId } from '../catalog/providers.js';

/**
 * `from 'x'`, `import('x')`, `require('x')` inside a JSON string, where a double quote is escaped
 * (`from \"openai\"`); bounded so no line can make it slow.
 */
const IMPORT_SPECIFIER_IN_JSON = /\b(?:from|import|require)\s*\(?\s*\\?(['"`])([^'"`\\\n]{1,200})\\?\1/g;

/**
 * The providers whose SDK modules a source in the map imports (a superset: `import type` and dependencies'
 * sources count too), or null when some source may have no sourcesContent, so only its file on disk can tell:
 * a map without a compact `"sourcesContent":[`, an index map (`"sections"`), or one with a null entry. A map whose
 * sourcesContent is shorter than its sources (no bundler writes one) is taken as complete. `text` may be the
 * bytes read as latin1: only ASCII is looked for.
 */
export function sdkImportsInMapText(text: string): ProviderId[] | null {
  // An unescaped quote cannot be inside a JSON string: these can only be the map's own keys and separators.
  const contents = text.indexOf('"sourcesContent":[');
  if (contents === -1 || text.startsWith('null', contents + 18) || text.includes('"sections":')) return null;
  for (let at = text.indexOf('",null'); at !== -1; at = text.indexOf('",null', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return null; // the quote ends a string: a null entry follows
  }
  const providers = new Set<ProviderId>();
  IMPORT_SPECIFIER_IN_JSON.lastIndex = 0;
  for (let match = IMPORT_SPECIFIER_IN_JSON.exec(text); match; match = IMPORT_SPECIFIER_IN_JSON.exec(text)) {
    const provider = providerOfModule(match[2]!)?.id;
    if (provider) providers.add(provider);
  }
  return [...providers];
}
