// An in-memory fixed window per client IP: fine for one server process. On serverless or several instances
// the counts must live in a shared store, e.g. Upstash Ratelimit (`new Ratelimit({ redis: Redis.fromEnv(), … })`).
const REQUESTS_PER_MINUTE = 10;
const windows = new Map<string, { start: number; count: number }>();

export function allow(key: string): boolean {
  const now = Date.now();
  const window = windows.get(key);
  if (!window || now - window.start > 60_000) {
    windows.set(key, { start: now, count: 1 });
    return true;
  }
  window.count += 1;
  return window.count <= REQUESTS_PER_MINUTE;
}
