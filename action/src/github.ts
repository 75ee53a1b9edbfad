/**
 * All of the Action's GitHub I/O in one place: inputs, masking, annotations, outputs, the job summary and
 * the exit status. Everything else is plain code that a test can call without a runner.
 */
import * as core from '@actions/core';
import type { InputSource } from './inputs.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface GitHubIO extends InputSource {
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string | number): void;
  /** Writes the step's job summary (GITHUB_STEP_SUMMARY); the caller keeps it under 1 MiB. */
  writeSummary(markdown: string): Promise<void>;
  info(message: string): void;
  fail(message: string): void;
}

export const actionsIO: GitHubIO = {
  input: (name) => core.getInput(name),
  mask(values) {
    for (const value of values) {
      // The runner masks only the exact text: register the forms a build can inline too.
      for (const form of new Set([value, encodeURIComponent(value), Buffer.from(value).toString('base64')])) core.setSecret(form);
    }
  },
  annotate({ level, message, ...properties }) {
    // The toolkit escapes `%`, CR, LF in the message and also `:` and `,` in properties.
    core[level](message, properties);
  },
  setOutput: (name, value) => core.setOutput(name, value),
  async writeSummary(markdown) {
    // No GITHUB_STEP_SUMMARY outside a runner (a local run): the log already has everything.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write({ overwrite: false });
  },
  // A plain log line is not escaped by the toolkit: a file name with a line break could start a workflow command.
  info: (message) => core.info(message.replace(/[\r\n]+/g, ' ')),
  fail: (message) => core.setFailed(message),
};
