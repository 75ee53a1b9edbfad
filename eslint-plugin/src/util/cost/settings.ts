/** `settings['backend-only'].guards`: the project's own limiter and quota helpers (names, or `module#export`). */
import { NO_PROJECT_GUARDS, type ProjectGuards } from './facts.js';

const parsed = new WeakMap<object, ProjectGuards>();

export function projectGuardsOf(settings: Record<string, unknown>): ProjectGuards {
  const value = settings['backend-only'] as { guards?: unknown } | undefined;
  const guards = value?.guards;
  if (!Array.isArray(guards) || guards.length === 0) return NO_PROJECT_GUARDS;
  let result = parsed.get(guards);
  if (!result) {
    const names = new Set<string>();
    const exports: { module: string; name: string }[] = [];
    for (const entry of guards as string[]) {
      const hash = entry.lastIndexOf('#');
      if (hash > 0) exports.push({ module: entry.slice(0, hash), name: entry.slice(hash + 1) });
      else names.add(entry);
    }
    result = { names, exports };
    parsed.set(guards, result);
  }
  return result;
}
