/** The `audit` section of .backend-only.json: parsed when valid, a clear error naming the key when not. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

describe('config audit section', () => {
  it('parses every field and sorts the thresholds', () => {
    const config = parseConfig(
      { audit: { budget: 500, notify: ['a@x.io'], alertThresholds: [100, 50, 80], unusedDays: 60, maxKeyAgeDays: 180, spikeFactor: 4, serviceAccounts: ['prod'], publicProjects: ['web'], projects: { web: { budget: 100 } } } },
      '.backend-only.json',
    );
    expect(config.audit).toEqual({ budget: 500, notify: ['a@x.io'], alertThresholds: [50, 80, 100], unusedDays: 60, maxKeyAgeDays: 180, spikeFactor: 4, serviceAccounts: ['prod'], publicProjects: ['web'], projects: { web: { budget: 100 } } });
    expect(parseConfig({ ignore: [] }, 'c').audit).toBeUndefined();
  });

  it.each([
    [{ audit: [] }, '"audit" must be an object'],
    [{ audit: { budjet: 5 } }, 'unknown key "audit.budjet"'],
    [{ audit: { budget: '500' } }, '"audit.budget" must be a positive number'],
    [{ audit: { budget: -1 } }, '"audit.budget" must be a positive number'],
    [{ audit: { notify: ['not an email'] } }, '"audit.notify" must be an array of e-mail addresses'],
    [{ audit: { alertThresholds: [] } }, '"audit.alertThresholds" must be a non-empty array of percentages'],
    [{ audit: { spikeFactor: 1 } }, '"audit.spikeFactor" must be above 1'],
    [{ audit: { projects: { web: { budget: 10, cap: 1 } } } }, '"audit.projects.web" has unknown key "cap"'],
    [{ audit: { projects: { web: {} } } }, '"audit.projects.web.budget" must be a positive number'],
  ])('%j', (value, message) => {
    expect(() => parseConfig(value, '.backend-only.json')).toThrow(`.backend-only.json: ${message}`);
  });
});
