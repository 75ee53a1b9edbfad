export { applySourceMaps, type SourceMapOptions, type SourceMapResult } from './apply.js';
export { loadMapFor, loadMapFile, placeOfOffset, readMapReference, decodeDataUrl, parseMap, MAX_MAP_BYTES, type LoadedMap, type MapReference } from './load.js';
export { resolveSource, type ResolvedSource, type SourceContext } from './sources.js';
