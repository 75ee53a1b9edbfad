/**
 * The Action's entry. The core's scan pool starts worker threads from the same bundle directory, so the
 * Action runs only on the main thread.
 */
import { isMainThread } from 'node:worker_threads';
import { run } from './main.js';

if (isMainThread) await run();
