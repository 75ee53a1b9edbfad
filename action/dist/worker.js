import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  TextMatcher,
  scanFilesSync
} from "./chunk-ETWUVMBU.js";
import "./chunk-2XO2YGNR.js";

// packages/core/src/scan/worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (parentPort) {
  const { files, queue, knownSecrets, sdkSeen } = workerData;
  const next = new Int32Array(queue);
  const port = parentPort;
  try {
    port.postMessage({ ok: true, result: scanFilesSync(files, new TextMatcher({ knownSecrets }), () => Atomics.add(next, 0, 1), sdkSeen && new Int32Array(sdkSeen)) });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
