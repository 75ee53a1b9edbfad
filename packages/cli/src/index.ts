export { main, EXIT, type Io } from './cli.js';
export { parseArgs, USAGE, UsageError, type Command, type ScanCommand } from './args.js';
