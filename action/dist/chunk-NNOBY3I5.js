import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  describeOtherPlaces,
  describePlace
} from "./chunk-6EZ2KGFB.js";
import {
  getProvider,
  ruleDocsUrl
} from "./chunk-ETWUVMBU.js";

// action/package.json
var package_default = {
  name: "@backend-only/action",
  version: "0.1.0",
  private: true,
  type: "module",
  scripts: {
    build: "node build.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@backend-only/audit": "workspace:*",
    "@backend-only/core": "workspace:*",
    "@typescript-eslint/parser": "^8.74.0",
    eslint: "^10.15.0",
    "eslint-plugin-backend-only": "workspace:*",
    picomatch: "^4.0.7",
    svelte: "^5.57.3",
    "svelte-eslint-parser": "^1.10.1",
    "vue-eslint-parser": "^10.4.2"
  }
};

// action/src/inputs.ts
import path from "node:path";
var Inputs = {
  Paths: "paths",
  FailOn: "fail-on",
  KnownSecrets: "known-secrets",
  SarifFile: "sarif-file",
  Config: "config",
  Mode: "mode"
};
var AuditInputs = {
  Provider: "provider",
  Budget: "budget",
  Fix: "fix",
  Notify: "notify",
  Leaked: "leaked"
};
function readMode(source) {
  const mode = (source.input(Inputs.Mode) || "scan").trim().toLowerCase();
  if (mode !== "scan" && mode !== "audit") throw new InputError(Inputs.Mode, `"${mode}" is not one of scan, audit`);
  return mode;
}
var Outputs = {
  Findings: "findings",
  Errors: "errors",
  Warnings: "warnings",
  SarifFile: "sarif-file",
  Created: "created"
};
var FAIL_ON_VALUES = ["error", "warning", "never"];
var MIN_KNOWN_SECRET_LENGTH = 8;
var InputError = class extends Error {
  constructor(input, message) {
    super(`input "${input}": ${message}`);
    this.name = "InputError";
  }
};
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function readInputs(source, env = process.env) {
  const knownSecrets = source.input(Inputs.KnownSecrets).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  source.mask(knownSecrets);
  const tooShort = knownSecrets.findIndex((secret) => secret.length < MIN_KNOWN_SECRET_LENGTH);
  if (tooShort !== -1) {
    throw new InputError(Inputs.KnownSecrets, `line ${tooShort + 1} is shorter than ${MIN_KNOWN_SECRET_LENGTH} characters; such a value matches ordinary text everywhere`);
  }
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const inside = (input, value) => {
    const resolved = path.resolve(workspace, value);
    const relative = path.relative(workspace, resolved);
    if (relative.startsWith("..") || path.isAbsolute(relative)) throw new InputError(input, `"${value}" is outside the workspace (${workspace})`);
    return value;
  };
  const pathLines = lines(source.input(Inputs.Paths));
  const paths = pathLines.length > 0 ? pathLines.map((p) => inside(Inputs.Paths, p.replace(/^\.\//, ""))) : null;
  const failOnRaw = (source.input(Inputs.FailOn) || "error").trim().toLowerCase();
  if (!FAIL_ON_VALUES.includes(failOnRaw)) {
    throw new InputError(Inputs.FailOn, `"${failOnRaw}" is not one of error, warning, never`);
  }
  const sarifRaw = source.input(Inputs.SarifFile).trim();
  const configRaw = source.input(Inputs.Config).trim();
  return {
    workspace,
    paths,
    failOn: failOnRaw,
    knownSecrets,
    sarifFile: sarifRaw ? path.resolve(workspace, sarifRaw) : null,
    configPath: configRaw ? inside(Inputs.Config, configRaw) : void 0
  };
}

// action/src/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 8 * 1024;
var SEVERITY_ICON = { error: "\u{1F534} error", warning: "\u{1F7E0} warning", note: "\u{1F535} note" };
function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]<>#|~!&]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, " ");
}
var COST_RULES = /* @__PURE__ */ new Set(["require-rate-limit", "require-max-tokens", "weak-rate-limit"]);
function isCostFinding(finding) {
  return COST_RULES.has(finding.ruleId);
}
var place = (l) => `<code>${escapeMarkdown(`${l.file}:${l.line}:${l.column}`)}</code>`;
function renderSummary(input) {
  const { findings, blocking } = input;
  const leaks = findings.filter((f) => !isCostFinding(f));
  const costs = findings.filter(isCostFinding);
  const head = ["## backend-only: AI keys and SDKs in client build output", ""];
  if (findings.length === 0 || leaks.length === 0) {
    head.push(`\u2705 No AI-provider key, SDK or direct API call found in ${input.stats.files} built file${input.stats.files === 1 ? "" : "s"} (${escapeMarkdown(input.paths.join(", "))}).`);
  }
  if (findings.length > 0) {
    if (leaks.length === 0) head.push("");
    const verdict = blocking > 0 ? `\u274C **${blocking === 1 ? "1 finding blocks" : `${blocking} findings block`} this merge** (fail-on: ${input.failOn}).` : `\u26A0\uFE0F Findings below do not block this merge (fail-on: ${input.failOn}).`;
    head.push(`${verdict} ${findings.length} in total, in ${input.stats.files} built files scanned.`);
  }
  if (input.discovered && input.discovered.found.length > 0) {
    head.push("", `With no \`paths\` input, scanned the build output found: ${input.discovered.found.map((p) => `<code>${escapeMarkdown(describePlace(p))}</code>`).join(", ")}.`);
    for (const note of input.discovered.notes) head.push(`- ${escapeMarkdown(note)}`);
  }
  if (input.allowed > 0) head.push("", `${input.allowed} finding${input.allowed === 1 ? "" : "s"} accepted by the config's \`allow\` list ${input.allowed === 1 ? "is" : "are"} not shown.`);
  head.push("");
  if (leaks.length > 0) head.push(...whatToDo(leaks), "");
  const lines2 = [];
  if (leaks.length > 0) {
    for (const line of ["### Findings", "", "| Severity | Rule | Where | Source | Provider | Evidence | Fingerprint |", "|---|---|---|---|---|---|---|"]) lines2.push([line, false]);
    for (const f of leaks) lines2.push([row(f, input.where), true]);
  }
  if (costs.length > 0) {
    const endpoints = costs.filter((f) => f.ruleId === "require-rate-limit").length;
    const intro = [
      `${endpoints} endpoint${endpoints === 1 ? "" : "s"} that spend${endpoints === 1 ? "s" : ""} AI-provider money with no rate limit or quota, and ${costs.length - endpoints} other cost finding${costs.length - endpoints === 1 ? "" : "s"} (output caps, weak limits).`,
      "Not a leak: anyone who finds these routes can make them call the provider as often as a script can. Limit each per user (per IP without a user) before the call and set an output cap on the server."
    ];
    for (const line of [...leaks.length > 0 ? [""] : [], "### Cost controls", "", ...intro, "", "| Severity | Rule | Where | Endpoint, call and fix |", "|---|---|---|---|"]) lines2.push([line, false]);
    for (const f of costs) lines2.push([costRow(f), true]);
  }
  const tail = [];
  if (input.problems.length > 0) {
    tail.push("", "### Could not be read or used", "");
    for (const problem of input.problems.slice(0, 200)) tail.push(`- ${escapeMarkdown(problem.message)}`);
    if (input.problems.length > 200) tail.push(`- \u2026 and ${input.problems.length - 200} more (see the log).`);
  }
  tail.push("", `<sub>${input.stats.files} files, ${(input.stats.bytes / 1024 / 1024).toFixed(1)} MiB scanned in ${input.stats.ms} ms.</sub>`, "");
  let text = head.join("\n") + "\n";
  const tailText = tail.join("\n");
  let size = Buffer.byteLength(text) + Buffer.byteLength(tailText);
  let listed = 0;
  for (const [line, isRow] of lines2) {
    const lineBytes = Buffer.byteLength(line) + 1;
    if (size + lineBytes > SUMMARY_LIMIT_BYTES) {
      text += `
**Summary truncated:** ${findings.length - listed} more findings are not listed here (GitHub limits a job summary to 1 MiB). The SARIF file and the log have them all.
`;
      break;
    }
    text += line + "\n";
    size += lineBytes;
    if (isRow) listed++;
  }
  return text + tailText;
}
function row(finding, where) {
  const origin = finding.origin;
  const others = finding.alsoAt ? `<br>${describeOtherPlaces(finding.alsoAt, (p) => `${place(p.location)}${p.origin ? ` (from ${place(p.origin)})` : ""}`)}` : "";
  const source = origin ? `${place(origin)}${where(finding) === origin ? "" : " (not in the repository)"}` : "\u2014";
  const provider = finding.provider ? escapeMarkdown(getProvider(finding.provider).name) : "\u2014";
  const rule = `[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`;
  const cells = [SEVERITY_ICON[finding.severity], rule, `${place(finding.location)}${others}`, source, provider, `<code>${escapeMarkdown(finding.evidence)}</code>`, `<code>${finding.fingerprint}</code>`];
  return `| ${cells.join(" | ")} |`;
}
function costRow(finding) {
  const rule = `[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})`;
  return `| ${SEVERITY_ICON[finding.severity]} | ${rule} | ${place(finding.location)} | ${escapeMarkdown(finding.message)} |`;
}
function whatToDo(findings) {
  const leakedProviders = /* @__PURE__ */ new Set();
  let serverSecret = false;
  for (const f of findings) {
    if (f.ruleId === "no-api-key-in-bundle" && f.provider) leakedProviders.add(f.provider);
    if (f.ruleId === "no-server-secret-in-bundle") serverSecret = true;
  }
  const steps = ["### What to do", ""];
  if (leakedProviders.size > 0 || serverSecret) {
    const keys = leakedProviders.size > 0 ? `the leaked key${leakedProviders.size > 1 ? "s" : ""}` : "";
    const what = [keys, serverSecret ? "the `known-secrets` values reported below" : ""].filter(Boolean).join(" and ");
    const pages = [...leakedProviders].map((id) => `[${escapeMarkdown(getProvider(id).name)}](${getProvider(id).revokeUrl})`);
    steps.push(`1. **Rotate ${what} now**${pages.length > 0 ? ` (${pages.join(", ")})` : ""}. A key that reached a deployed bundle is public: removing it from the code does not un-leak it.`);
  }
  steps.push(
    "1. **Move the provider call to the server**: a route or server action that holds the key in a server-only environment variable; the browser calls that route.",
    "1. **Add rate limits and per-user quotas** on that route, so a script cannot spend your budget through it.",
    "1. **Set billing alerts and a monthly spend limit** at the provider, so the next leak is noticed in hours, not at the end of the month. A scheduled run with `mode: audit` checks both, and whether a leaked key is still active ([Billing alerts and rotation](https://github.com/backend-only/backend-only#billing-alerts-and-rotation))."
  );
  return steps;
}

export {
  package_default,
  AuditInputs,
  readMode,
  Outputs,
  InputError,
  readInputs,
  escapeMarkdown,
  renderSummary
};
