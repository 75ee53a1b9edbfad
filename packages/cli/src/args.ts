/** Command-line parsing: `backend-only scan [paths...] [options]`. Errors are UsageErrors (exit 2). */
import type { Severity } from '@backend-only/core';

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'never';

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  format: Format;
  failOn: FailOn;
  config: string | undefined;
  /** Names of env variables whose values are server secrets to look for (never the values themselves: shell history). */
  knownSecretEnv: string[];
  output: string | undefined;
  color: boolean | undefined;
}

export type Command = ScanCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: backend-only scan [paths...] [options]
       backend-only audit [options]     (spend limits, alerts and keys at the provider: audit --help)

Scans built client output (what browsers download) for AI-provider API keys, AI SDKs,
dangerouslyAllowBrowser and direct provider API calls.

With no path, scans the client build folders it finds here: .next/static, out, dist, build,
.svelte-kit/output/client, .output/public, .vercel/output/static, storybook-static
(and Next.js prerendered HTML/RSC under .next/server/app), even when .gitignore lists them.

Options:
  --format <text|json|sarif>      output format (default: text)
  --fail-on <error|warning|never> exit 1 when a finding is at or above this (default: error)
  --config <file>                 project config (default: .backend-only.json if present)
  --known-secret-env <NAME>       also find the value of env var NAME, verbatim, base64 or
                                  URL-encoded (repeatable; the value is never printed)
  --output <file>                 write the report to a file instead of stdout
  --color / --no-color            force colours on or off (default: on for a terminal)
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage or tool error.`;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  if (argv[0] !== 'scan') throw new UsageError(`unknown command '${argv[0]}' (expected 'scan' or 'audit')`);
  const scan: ScanCommand = { command: 'scan', paths: [], format: 'text', failOn: 'error', config: undefined, knownSecretEnv: [], output: undefined, color: undefined };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${v}')`);
        scan.format = v as Format;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as FailOn)) throw new UsageError(`--fail-on must be one of error, warning, never (got '${v}')`);
        scan.failOn = v as FailOn;
        break;
      }
      case '--config':
        scan.config = value();
        break;
      case '--known-secret-env':
        scan.knownSecretEnv.push(value());
        break;
      case '--output':
      case '-o':
        scan.output = value();
        break;
      case '--color':
        scan.color = true;
        break;
      case '--no-color':
        scan.color = false;
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option '${flag}'`);
        scan.paths.push(arg);
    }
  }
  return scan;
}
