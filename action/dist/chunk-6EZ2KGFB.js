import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  MAPPABLE,
  PROVIDER_MISSPELLINGS,
  PROVIDER_NAME_WORDS,
  PUBLIC_ENV_NAME_WORDS,
  RULES,
  SECRET_RULE_IDS,
  TextMatcher,
  fingerprint,
  getProvider,
  hasSegment,
  isInside,
  providerOfEnvName,
  providerOfModule,
  require_picomatch,
  ruleDocsUrl,
  scanBuffer,
  scanFiles,
  scanFilesSync,
  sdkImportsInMapText,
  sourceLineNamesProvider,
  startsWithSegment,
  toPosix,
  walk
} from "./chunk-ETWUVMBU.js";
import {
  __toESM
} from "./chunk-2XO2YGNR.js";

// packages/core/src/finding.ts
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || compareLocations(a.location, b.location);
}
function compareLocations(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
function isAtLeast(severity, failOn) {
  if (failOn === "never") return false;
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}
function dedupeFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => seen.has(f.fingerprint) ? false : (seen.add(f.fingerprint), true));
}

// packages/core/src/config.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var CONFIG_FILE_NAME = ".backend-only.json";
var ConfigError = class extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.file = file;
    this.name = "ConfigError";
  }
  file;
};
var EMPTY_CONFIG = { ignore: [], allow: [] };
var FINGERPRINT = /^[0-9a-f]{16}$/;
function parseConfig(value, file) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(file, 'must be a JSON object with "ignore" and/or "allow"');
  const known = /* @__PURE__ */ new Set(["$schema", "ignore", "allow", "audit"]);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) throw new ConfigError(file, `unknown key "${key}" (expected "ignore", "allow" or "audit")`);
  }
  const record = value;
  const ignore = record.ignore ?? [];
  if (!Array.isArray(ignore) || ignore.some((g) => typeof g !== "string" || g === "")) {
    throw new ConfigError(file, '"ignore" must be an array of non-empty glob strings');
  }
  const allowRaw = record.allow ?? [];
  if (!Array.isArray(allowRaw)) throw new ConfigError(file, '"allow" must be an array of fingerprints or { "fingerprint", "reason" } objects');
  const allow = allowRaw.map((entry, i) => {
    const where = `"allow[${i}]"`;
    if (typeof entry === "string") {
      if (!FINGERPRINT.test(entry)) throw new ConfigError(file, `${where} is not a fingerprint (16 hex characters, as reports print them)`);
      return { fingerprint: entry };
    }
    if (typeof entry !== "object" || entry === null) throw new ConfigError(file, `${where} must be a fingerprint string or an object`);
    const { fingerprint: fingerprint2, reason, ...rest } = entry;
    const extra = Object.keys(rest)[0];
    if (extra) throw new ConfigError(file, `${where} has unknown key "${extra}" (expected "fingerprint" and "reason")`);
    if (typeof fingerprint2 !== "string" || !FINGERPRINT.test(fingerprint2)) throw new ConfigError(file, `${where}.fingerprint must be 16 hex characters`);
    if (reason !== void 0 && typeof reason !== "string") throw new ConfigError(file, `${where}.reason must be a string`);
    return reason === void 0 ? { fingerprint: fingerprint2 } : { fingerprint: fingerprint2, reason };
  });
  const audit = record.audit === void 0 ? void 0 : parseAuditConfig(record.audit, file);
  return audit ? { ignore, allow, audit } : { ignore, allow };
}
var AUDIT_KEYS = ["budget", "notify", "alertThresholds", "unusedDays", "maxKeyAgeDays", "spikeFactor", "serviceAccounts", "publicProjects", "projects"];
function isEmailAddress(text) {
  return /^[^\s@,]+@[^\s@,]+$/.test(text);
}
function parseAuditConfig(value, file) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(file, '"audit" must be an object');
  const record = value;
  for (const key of Object.keys(record)) {
    if (!AUDIT_KEYS.includes(key)) throw new ConfigError(file, `unknown key "audit.${key}" (expected one of ${AUDIT_KEYS.join(", ")})`);
  }
  const positive = (key, v) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw new ConfigError(file, `"audit.${key}" must be a positive number`);
    return v;
  };
  const strings = (key, v, check, what = "non-empty strings") => {
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || s === "" || check && !check(s))) throw new ConfigError(file, `"audit.${key}" must be an array of ${what}`);
    return v;
  };
  const audit = {};
  if (record.budget !== void 0) audit.budget = positive("budget", record.budget);
  if (record.notify !== void 0) audit.notify = strings("notify", record.notify, isEmailAddress, "e-mail addresses");
  if (record.alertThresholds !== void 0) {
    const t = record.alertThresholds;
    if (!Array.isArray(t) || t.length === 0 || t.some((p) => typeof p !== "number" || !(p > 0 && p <= 1e3))) throw new ConfigError(file, '"audit.alertThresholds" must be a non-empty array of percentages (numbers above 0, at most 1000)');
    audit.alertThresholds = [...new Set(t)].sort((a, b) => a - b);
  }
  if (record.unusedDays !== void 0) audit.unusedDays = positive("unusedDays", record.unusedDays);
  if (record.maxKeyAgeDays !== void 0) audit.maxKeyAgeDays = positive("maxKeyAgeDays", record.maxKeyAgeDays);
  if (record.spikeFactor !== void 0) {
    audit.spikeFactor = positive("spikeFactor", record.spikeFactor);
    if (audit.spikeFactor <= 1) throw new ConfigError(file, '"audit.spikeFactor" must be above 1 (a factor of the 7-day median)');
  }
  if (record.serviceAccounts !== void 0) audit.serviceAccounts = strings("serviceAccounts", record.serviceAccounts);
  if (record.publicProjects !== void 0) audit.publicProjects = strings("publicProjects", record.publicProjects);
  if (record.projects !== void 0) {
    const projects = record.projects;
    if (typeof projects !== "object" || projects === null || Array.isArray(projects)) throw new ConfigError(file, '"audit.projects" must be an object of { "<project name or id>": { "budget": <USD> } }');
    audit.projects = {};
    for (const [name, entry] of Object.entries(projects)) {
      const where = `projects.${name}`;
      if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new ConfigError(file, `"audit.${where}" must be an object with "budget"`);
      const extra = Object.keys(entry).find((k) => k !== "budget");
      if (extra) throw new ConfigError(file, `"audit.${where}" has unknown key "${extra}" (expected "budget")`);
      audit.projects[name] = { budget: positive(`${where}.budget`, entry.budget) };
    }
  }
  return audit;
}
async function loadConfig(root, configPath) {
  const file = path.resolve(root, configPath ?? CONFIG_FILE_NAME);
  const shown = path.relative(root, file) || file;
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" && !configPath) return { config: EMPTY_CONFIG, file: null };
    throw new ConfigError(shown, error.code === "ENOENT" ? "config file not found" : error.message);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(shown, `invalid JSON: ${error.message}`);
  }
  return { config: parseConfig(json, shown), file: shown };
}

// packages/core/src/catalog/admin-apis.ts
var ADMIN_APIS = {
  openai: {
    provider: "openai",
    // openai/openai-node src/client.ts: adminAPIKey defaults to readEnv('OPENAI_ADMIN_KEY'); baseURL to
    // readEnv('OPENAI_BASE_URL') ?? 'https://api.openai.com/v1'.
    keyEnv: "OPENAI_ADMIN_KEY",
    baseUrlEnv: "OPENAI_BASE_URL",
    defaultBaseUrl: "https://api.openai.com/v1",
    // Console pages [our reading of platform.openai.com's settings navigation].
    limitsUrl: "https://platform.openai.com/settings/organization/limits",
    projectKeysUrl: "https://platform.openai.com/settings/{project}/api-keys",
    projectNoun: "project"
  },
  anthropic: {
    provider: "anthropic",
    // anthropics/anthropic-sdk-typescript src/client.ts: baseURL defaults to readEnv('ANTHROPIC_BASE_URL') ??
    // 'https://api.anthropic.com'. The SDK reads no admin key; the Admin API docs' examples send an admin key
    // (`sk-ant-admin…`) as `X-Api-Key` (platform.claude.com/docs/en/api/admin/api_keys/list).
    keyEnv: "ANTHROPIC_ADMIN_KEY",
    baseUrlEnv: "ANTHROPIC_BASE_URL",
    defaultBaseUrl: "https://api.anthropic.com",
    // Console pages [our reading of console.anthropic.com's settings navigation].
    limitsUrl: "https://console.anthropic.com/settings/limits",
    projectKeysUrl: "https://console.anthropic.com/settings/workspaces/{project}/keys",
    projectNoun: "workspace"
  }
};
var ADMIN_PROVIDER_IDS = ["openai", "anthropic"];
function projectKeysUrl(provider, projectId) {
  return ADMIN_APIS[provider].projectKeysUrl.replace("{project}", encodeURIComponent(projectId));
}

// packages/core/src/scan/one-per-key.ts
var MAX_PLACES_LISTED = 10;
function onePerKey(findings) {
  const kept = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!SECRET_RULE_IDS.has(finding.ruleId)) kept.push(finding);
    else if (byKey.has(finding.fingerprint)) byKey.get(finding.fingerprint).push(finding);
    else byKey.set(finding.fingerprint, [finding]);
  }
  for (const copies of byKey.values()) kept.push(copies.length === 1 ? copies[0] : merge(copies));
  return kept;
}
function merge(copies) {
  const [shown, ...others] = [...copies].sort((a, b) => Number(isFirstParty(b.origin)) - Number(isFirstParty(a.origin)) || compareFindings(a, b));
  const places2 = [...shown.alsoAt?.places ?? []];
  let count = shown.alsoAt?.count ?? 0;
  for (const other of others) {
    places2.push({ location: other.location, origin: other.origin }, ...other.alsoAt?.places ?? []);
    count += 1 + (other.alsoAt?.count ?? 0);
  }
  places2.sort((a, b) => compareLocations(a.location, b.location));
  return { ...shown, alsoAt: { count, places: places2.slice(0, MAX_PLACES_LISTED) } };
}
function isFirstParty(origin) {
  return origin !== null && !origin.file.split("/").includes("node_modules");
}
var placeText = (l) => `${l.file}:${l.line}:${l.column}`;
function describeOtherPlaces(alsoAt, show = shippedAtText) {
  const more = alsoAt.count - alsoAt.places.length;
  return `also in ${alsoAt.count} other place${alsoAt.count === 1 ? "" : "s"}: ${alsoAt.places.map(show).join(", ")}${more > 0 ? `, and ${more} more` : ""}`;
}
var shippedAtText = (place) => `${placeText(place.location)}${place.origin ? ` (from ${placeText(place.origin)})` : ""}`;

// packages/core/src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var LEVEL = { error: "error", warning: "warning", note: "note" };
function toSarif(findings, options) {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "backend-only",
            version: options.toolVersion,
            informationUri: "https://github.com/backend-only/backend-only",
            rules: ruleIds.map((id) => {
              const rule = RULES[id];
              return {
                id,
                name: id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
                shortDescription: { text: rule.short },
                fullDescription: { text: rule.help },
                help: { text: `${rule.help} See ${ruleDocsUrl(id)}`, markdown: `${rule.help}

[Rule documentation](${ruleDocsUrl(id)})` },
                helpUri: ruleDocsUrl(id),
                defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
                properties: { "security-severity": rule.securitySeverity.toFixed(1), precision: "high", tags: ["security", "secrets", "ai"] }
              };
            })
          }
        },
        ...options.automationId ? { automationDetails: { id: options.automationId } } : {},
        results: findings.map((f) => {
          const where = f.origin ?? f.location;
          return {
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: `${f.message} Evidence: ${f.evidence}.${f.alsoAt ? ` ${alsoAtNote(f.alsoAt)}` : ""}` },
            locations: [{ physicalLocation: physical(where) }],
            ...f.origin || f.alsoAt ? { relatedLocations: relatedLocations(f) } : {},
            partialFingerprints: { primaryLocationLineHash: f.fingerprint, "backendOnly/v1": f.fingerprint },
            properties: { provider: f.provider, evidence: f.evidence, confidence: f.confidence }
          };
        })
      }
    ]
  };
}
var physical = (l) => ({ artifactLocation: { uri: encodeURI(l.file) }, region: { startLine: l.line, startColumn: l.column } });
function alsoAtNote({ count, places: places2 }) {
  const listed = places2.length < count ? `the first ${places2.length} are related locations` : "see the related locations";
  return `The same secret shipped in ${count} other place${count === 1 ? "" : "s"} (${listed}).`;
}
function relatedLocations(f) {
  const related = [];
  if (f.origin) related.push({ id: 1, message: { text: "found in this built file" }, physicalLocation: physical(f.location) });
  for (const place of f.alsoAt?.places ?? []) {
    const text = place.origin ? `the same secret, also shipped here (source ${placeText(place.origin)})` : "the same secret, also shipped here";
    related.push({ id: related.length + 1, message: { text }, physicalLocation: physical(place.location) });
  }
  return related;
}

// packages/core/src/catalog/frameworks.ts
var DOT_SERVER = ["**/*.server.*", "**/.server/**"];
var CONFIG_FILES = ["**/*.config.{js,cjs,mjs,ts,cts,mts}", "**/.storybook/main.*"];
var COMMON_SERVER_FILES = [
  // Test runners never bundle these for the app: jestjs.io testMatch defaults, vitest.dev config `include` defaults.
  "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/{jest,vitest}.setup.*",
  "**/{jest,vitest}-setup.*",
  "**/setupTests.{js,ts,jsx,tsx}",
  "**/vitest.{config,workspace}.*",
  "**/jest.config.*",
  "**/playwright.config.*",
  "{test,tests,e2e,cypress}/**",
  // Node scripts run by hand or by CI.
  "scripts/**",
  ...CONFIG_FILES,
  // create-react-app.dev/docs/proxying-api-requests-in-development: src/setupProxy.js runs in the dev server (Node).
  "{,src/}setupProxy.{js,cjs,mjs,ts}",
  // firebase.google.com/docs/functions (and Cloudflare Pages Functions): a root `functions/` folder deploys as functions.
  "functions/**",
  // supabase.com/docs/guides/functions; docs.netlify.com/functions/get-started; vercel.com/docs/functions (a root `api/`).
  "supabase/functions/**",
  "netlify/{functions,edge-functions}/**",
  "api/**"
];
var FRAMEWORKS = [
  {
    id: "next",
    name: "Next.js",
    detectDependencies: ["next"],
    // vercel/next.js docs/01-app/02-guides/environment-variables.mdx
    publicEnvPrefixes: ["NEXT_PUBLIC_"],
    envAccess: "process.env.NEXT_PUBLIC_*",
    serverFiles: [
      "**/app/**/route.{js,jsx,ts,tsx,mjs}",
      "**/pages/api/**",
      "**/src/pages/api/**",
      "{,src/}middleware.{js,ts,mjs}",
      "{,src/}proxy.{js,ts,mjs}",
      "{,src/}instrumentation.{js,ts,mjs}",
      // nextjs.org docs pages/building-your-application/routing/custom-document: "_document is only rendered on the server".
      "{,src/}pages/_document.{js,jsx,ts,tsx}",
      ...DOT_SERVER,
      ...CONFIG_FILES
    ],
    // Pages Router pages render on the server and hydrate in the browser (nextjs.org docs pages/…/pages-and-layouts).
    clientFiles: ["{,src/}pages/**"],
    // nextjs.org docs get-server-side-props / get-static-props: "Imports used will not be bundled for the client-side".
    serverExports: ["getServerSideProps", "getStaticProps", "getStaticPaths"],
    // App Router files are Server Components unless they (or an importer) say 'use client'.
    defaultSide: "server",
    serverFix: "Call the provider from a Route Handler (app/api/\u2026/route.ts) or a Server Action, and keep the key in a server-only env var (no NEXT_PUBLIC_ prefix)."
  },
  {
    id: "react-router",
    name: "React Router / Remix",
    // A subpath (`react-router-dom/server`) is never a dependency name: detect the framework-mode packages.
    detectDependencies: ["@react-router/dev", "@remix-run/dev", "@remix-run/react", "@react-router/node", "@remix-run/node"],
    publicEnvPrefixes: ["VITE_"],
    envAccess: "import.meta.env.VITE_*",
    serverFiles: [...DOT_SERVER, "**/server/**", ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: "client",
    // reactrouter.com explanation/code-splitting and remix.run docs route/loader: these exports and the
    // modules only they use are removed from the client build (`clientLoader`/`clientAction` stay).
    serverExports: ["loader", "action", "headers"],
    serverFix: "Call the provider in a route `loader` or `action` (or a *.server.ts module) and read the key from process.env on the server."
  },
  {
    id: "sveltekit",
    name: "SvelteKit",
    detectDependencies: ["@sveltejs/kit"],
    // svelte.dev/docs/kit/$env-static-public: kit.env.publicPrefix defaults to PUBLIC_.
    publicEnvPrefixes: ["PUBLIC_"],
    envAccess: "$env/static/public",
    serverFiles: ["**/+page.server.*", "**/+layout.server.*", "**/+server.*", "**/hooks.server.*", "**/lib/server/**", ...DOT_SERVER, ...CONFIG_FILES],
    // svelte.dev/docs/kit/load: +page.ts / +layout.ts loads are universal, they run in the browser too.
    clientFiles: ["**/*.svelte", "**/+page.{js,ts}", "**/+layout.{js,ts}", "**/hooks.client.*"],
    defaultSide: "client",
    serverFix: "Call the provider in +page.server.ts, +server.ts or $lib/server, and read the key from $env/static/private."
  },
  {
    id: "nuxt",
    name: "Nuxt",
    detectDependencies: ["nuxt"],
    // nuxt docs runtime-config: runtimeConfig.public ships in every payload; NUXT_PUBLIC_ overrides it.
    publicEnvPrefixes: ["NUXT_PUBLIC_", "NUXT_ENV_"],
    envAccess: "useRuntimeConfig().public",
    serverFiles: ["**/server/**", ...DOT_SERVER, ...CONFIG_FILES],
    // nuxt.com/docs/guide/directory-structure: pages/, components/, layouts/, app.vue and plugins render in the
    // browser too (plugins/*.server.* do not: DOT_SERVER); Nuxt 4 moves them under app/.
    clientFiles: ["**/*.vue", "{,app/}{pages,components,layouts,composables,middleware}/**", "{,app/}plugins/**"],
    defaultSide: "client",
    serverFix: "Call the provider from a server route (server/api/*.ts) and keep the key in a private runtimeConfig key."
  },
  {
    id: "astro",
    name: "Astro",
    detectDependencies: ["astro"],
    publicEnvPrefixes: ["PUBLIC_"],
    envAccess: "import.meta.env.PUBLIC_*",
    serverFiles: ["**/pages/api/**", "**/pages/**/*.{js,ts}", ...DOT_SERVER, ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: "unknown",
    serverFix: 'Call the provider from an API endpoint (src/pages/api/*.ts) or frontmatter, and declare the key with astro:env as access: "secret".'
  },
  {
    id: "expo",
    name: "Expo",
    detectDependencies: ["expo"],
    // expo docs/pages/guides/environment-variables.mdx
    publicEnvPrefixes: ["EXPO_PUBLIC_"],
    envAccess: "process.env.EXPO_PUBLIC_*",
    serverFiles: ["**/*+api.{js,ts}", ...DOT_SERVER, ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: "client",
    serverFix: "Everything in an app bundle is readable on the device: call the provider from an Expo API route (app/\u2026+api.ts) or your own backend."
  },
  {
    id: "gatsby",
    name: "Gatsby",
    detectDependencies: ["gatsby"],
    publicEnvPrefixes: ["GATSBY_"],
    envAccess: "process.env.GATSBY_*",
    serverFiles: ["**/gatsby-node.*", "**/gatsby-config.*", "**/src/api/**", ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: "client",
    serverFix: "Call the provider from a Gatsby Function (src/api/*.ts) and keep the key without the GATSBY_ prefix."
  },
  {
    id: "storybook",
    name: "Storybook",
    detectDependencies: ["storybook"],
    publicEnvPrefixes: ["STORYBOOK_"],
    envAccess: "process.env.STORYBOOK_*",
    serverFiles: [...CONFIG_FILES],
    clientFiles: ["**/*.stories.*"],
    defaultSide: "client",
    serverFix: "Stories run in the browser: mock the provider call instead of calling it with a key."
  },
  {
    id: "redwood",
    name: "RedwoodJS",
    detectDependencies: ["@redwoodjs/core", "@cedarjs/core"],
    publicEnvPrefixes: ["REDWOOD_ENV_"],
    envAccess: "process.env.REDWOOD_ENV_*",
    serverFiles: ["**/api/**"],
    clientFiles: ["**/web/src/**"],
    defaultSide: "unknown",
    serverFix: "Call the provider from an api-side service or function and keep the key out of redwood.toml includeEnvironmentVariables."
  },
  {
    id: "plasmo",
    name: "Plasmo",
    detectDependencies: ["plasmo"],
    publicEnvPrefixes: ["PLASMO_PUBLIC_"],
    envAccess: "process.env.PLASMO_PUBLIC_*",
    serverFiles: [...CONFIG_FILES],
    // docs.plasmo.com/framework: popup, options, sidepanel, newtab, contents/, background and tabs/ all ship in the extension.
    clientFiles: ["{,src/}{popup,options,sidepanel,newtab,devtools,background,content}.*", "{,src/}{popup,options,sidepanel,newtab,contents,background,tabs}/**"],
    defaultSide: "client",
    serverFix: "Every file of an extension is downloadable: call the provider from your own backend."
  },
  {
    id: "wxt",
    name: "WXT",
    detectDependencies: ["wxt"],
    publicEnvPrefixes: ["WXT_", "VITE_"],
    envAccess: "import.meta.env.WXT_*",
    serverFiles: [...CONFIG_FILES],
    // wxt.dev/guide/essentials/entrypoints: every entrypoint (popup, options, content scripts, background) ships.
    clientFiles: ["{,src/}entrypoints/**"],
    defaultSide: "client",
    serverFix: "Every file of an extension is downloadable: call the provider from your own backend."
  },
  {
    id: "electron-vite",
    name: "electron-vite",
    detectDependencies: ["electron-vite"],
    publicEnvPrefixes: ["RENDERER_VITE_", "PRELOAD_VITE_", "VITE_"],
    envAccess: "import.meta.env.RENDERER_VITE_*",
    serverFiles: ["**/src/main/**", ...CONFIG_FILES],
    clientFiles: ["**/src/renderer/**"],
    defaultSide: "unknown",
    serverFix: "Call the provider from the main process over IPC, never from the renderer."
  },
  {
    id: "cra",
    name: "Create React App",
    detectDependencies: ["react-scripts"],
    publicEnvPrefixes: ["REACT_APP_"],
    envAccess: "process.env.REACT_APP_*",
    serverFiles: [],
    clientFiles: [],
    defaultSide: "client",
    serverFix: "A CRA app is all browser code: call the provider from a backend route and keep the key there."
  },
  {
    id: "vue-cli",
    name: "Vue CLI",
    detectDependencies: ["@vue/cli-service"],
    publicEnvPrefixes: ["VUE_APP_"],
    envAccess: "process.env.VUE_APP_*",
    serverFiles: [...CONFIG_FILES],
    clientFiles: ["**/*.vue"],
    defaultSide: "client",
    serverFix: "A Vue CLI app is all browser code: call the provider from a backend route and keep the key there."
  },
  {
    id: "angular",
    name: "Angular",
    detectDependencies: ["@angular/core"],
    publicEnvPrefixes: ["NG_APP_"],
    envAccess: "environment.ts",
    serverFiles: ["**/server.ts", ...CONFIG_FILES],
    clientFiles: ["**/environments/**"],
    defaultSide: "client",
    serverFix: "environment.ts ships to the browser: call the provider from your server (server.ts or an API) instead."
  },
  {
    // After the meta-frameworks: a plain Vite app (React, Vue, Solid, Svelte).
    id: "vite",
    name: "Vite",
    detectDependencies: ["vite"],
    // vitejs/vite docs/config/shared-options.md: envPrefix defaults to VITE_.
    publicEnvPrefixes: ["VITE_"],
    envAccess: "import.meta.env.VITE_*",
    // A root `api/` (Vercel functions) is in COMMON_SERVER_FILES; `src/api/` is bundled like the rest of `src/`.
    serverFiles: ["**/server/**", ...DOT_SERVER, ...CONFIG_FILES],
    clientFiles: [],
    defaultSide: "client",
    serverFix: "A Vite app is browser code: call the provider from a backend route (an API server, a serverless function) and keep the key unprefixed there."
  },
  {
    // A hand-written extension: no bundler framework, a manifest.json with `manifest_version` (developer.chrome.com
    // docs/extensions/reference/manifest). Detected from the manifest (classify/project.ts), never from dependencies.
    id: "browser-extension",
    name: "browser extension",
    detectDependencies: [],
    publicEnvPrefixes: [],
    envAccess: "the extension package",
    serverFiles: [...CONFIG_FILES],
    // Popups, options pages, content scripts and background service workers are all files of the package.
    clientFiles: [],
    defaultSide: "client",
    serverFix: "Every file of an extension is downloadable: call the provider from your own backend."
  },
  {
    id: "node-server",
    name: "Node.js server",
    // A package of serverless functions (Firebase functions/package.json, Netlify, Google Cloud Functions) is a server too.
    detectDependencies: ["express", "fastify", "hono", "koa", "@nestjs/core", "@hapi/hapi", "h3", "firebase-functions", "@netlify/functions", "@google-cloud/functions-framework"],
    publicEnvPrefixes: [],
    envAccess: "process.env",
    serverFiles: ["**"],
    clientFiles: [],
    defaultSide: "server",
    serverFix: "This is server code already: keep the key in the environment, never in the repository."
  }
];
var BY_ID = new Map(FRAMEWORKS.map((f) => [f.id, f]));
function getFramework(id) {
  const framework = BY_ID.get(id);
  if (!framework) throw new Error(`Unknown framework '${id}'`);
  return framework;
}
function detectFramework(dependencies) {
  return FRAMEWORKS.find((f) => f.detectDependencies.some((dep) => dep in dependencies));
}

// packages/core/src/catalog/env-names.ts
var SECRET_WORDS = ["SECRET", "PRIVATE", "PASSWORD", "PASSWD", "CREDENTIAL", "CREDENTIALS", "SERVICE_ROLE", "API_KEY", "APIKEY", "ACCESS_TOKEN", "AUTH_TOKEN", "ADMIN_KEY"];
var KEY_WORDS = ["KEY", "TOKEN", "SECRET"];
var BARE_KEY_SEGMENTS = /* @__PURE__ */ new Set(["API", "ACCESS", "AUTH"]);
var GLUED_KEY_SUFFIX = /^(?:API)?(?:KEY|TOKEN|SECRET)$/;
var PUBLIC_ENV_PREFIXES = [...new Set(FRAMEWORKS.flatMap((f) => f.publicEnvPrefixes))].sort(
  (a, b) => b.length - a.length
);
function publicPrefixOf(name, prefixes = PUBLIC_ENV_PREFIXES) {
  const prefix = prefixes.find((p) => name.startsWith(p) && name.length > p.length);
  if (!prefix) return void 0;
  return { prefix, frameworks: FRAMEWORKS.filter((f) => f.publicEnvPrefixes.includes(prefix)) };
}
function secretEnvName(name, extraSecretNames = []) {
  const upper = name.toUpperCase();
  const prefix = publicPrefixOf(upper);
  const rest = prefix ? upper.slice(prefix.prefix.length) : upper;
  if (extraSecretNames.some((pattern) => globMatchesName(pattern, name) || globMatchesName(pattern, rest))) {
    return { provider: providerOfEnvName(rest) };
  }
  if (PUBLIC_ENV_NAME_WORDS.some((word) => hasSegment(rest, word))) return void 0;
  const provider = providerOfEnvName(rest);
  const words = provider ? PROVIDER_NAME_WORDS[provider.id] : [];
  const namesProvider = words.some((w) => hasSegment(rest, w)) || provider && PROVIDER_MISSPELLINGS[provider.id]?.some((w) => startsWithSegment(rest, w));
  const knownName = provider?.envNames.some((env) => rest === env || rest.endsWith(`_${env}`));
  if (knownName) return { provider };
  if (namesProvider && KEY_WORDS.some((w) => hasSegment(rest, w) || rest.endsWith(w))) return { provider };
  if (provider && words.some((w) => hasSegment(rest, w)) && isBareProviderName(rest, words)) return { provider };
  const glued = gluedKeyProvider(rest);
  if (glued) return { provider: glued };
  if (SECRET_WORDS.some((w) => hasSegment(rest, w))) return { provider };
  return void 0;
}
function gluedKeyProvider(rest) {
  for (const segment of rest.split("_")) {
    for (const [id, words] of Object.entries(PROVIDER_NAME_WORDS)) {
      if (words.some((w) => !w.includes("_") && segment.length > w.length && segment.startsWith(w) && GLUED_KEY_SUFFIX.test(segment.slice(w.length)))) return getProvider(id);
    }
  }
  return void 0;
}
function isBareProviderName(rest, words) {
  let remaining = `_${rest}_`;
  for (const word of [...words].sort((a, b) => b.length - a.length)) remaining = remaining.split(`_${word}_`).join("_");
  return remaining.split("_").every((segment) => segment === "" || BARE_KEY_SEGMENTS.has(segment));
}
function globMatchesName(pattern, name) {
  if (!pattern.includes("*")) return pattern === name;
  let compiled = GLOB_CACHE.get(pattern);
  if (!compiled) {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
    compiled = new RegExp(`^${escaped}$`);
    GLOB_CACHE.set(pattern, compiled);
  }
  return compiled.test(name);
}
var GLOB_CACHE = /* @__PURE__ */ new Map();
function publicSecretEnvName(name, options = {}) {
  if (options.allow?.some((pattern) => globMatchesName(pattern, name))) return void 0;
  const prefix = publicPrefixOf(name, options.prefixes);
  if (!prefix) return void 0;
  const secret = secretEnvName(name, options.additionalSecretNames);
  return secret ? { ...prefix, ...secret } : void 0;
}

// packages/core/src/catalog/bundler-configs.ts
var BUNDLER_CONFIG_TOOLS = [
  "next",
  "vite",
  "webpack",
  "rspack",
  "rsbuild",
  "nuxt",
  "astro",
  "svelte",
  "remix",
  "vue",
  "quasar",
  "electron.vite",
  "wxt",
  "rollup",
  "tsup",
  "farm",
  "modern",
  // Expo's app.config.js/ts: `extra` is embedded in the app manifest (docs.expo.dev/guides/environment-variables).
  "app"
];
var CONFIG_FILE = new RegExp(
  `^(?:${BUNDLER_CONFIG_TOOLS.map((t) => t.replace(/\./g, "\\.")).join("|")})(?:\\.[\\w-]+)?\\.config(?:\\.[\\w-]+)?\\.[cm]?[jt]s$`
);
function isBundlerConfigFile(path9) {
  const base = path9.slice(Math.max(path9.lastIndexOf("/"), path9.lastIndexOf("\\")) + 1);
  return CONFIG_FILE.test(base);
}

// packages/core/src/catalog/server-code.ts
var SERVER_ONLY_ALIASES = ["$lib/server", "$lib/server/"];
var SERVER_MARKER_IMPORTS = [
  // nextjs.org docs app/getting-started/server-and-client-components ("Preventing environment poisoning"):
  // the `server-only` package fails the build when a Client Component imports the module.
  "server-only",
  // svelte.dev/docs/kit/server-only-modules: "$env/static/private, $env/dynamic/private and $app/server" can only
  // be imported into server modules; SvelteKit fails the build otherwise.
  "$env/static/private",
  "$env/dynamic/private",
  "$app/server",
  ...SERVER_ONLY_ALIASES
];
var SERVER_ONLY_PATH = /(?:\.server\.[cm]?[jt]sx?$|\/\.server\/)/;
var SVELTEKIT_SERVER_LIB = "/src/lib/server/";
function isServerOnlyModule(posixPath, topLevelImports, frameworkId) {
  if (SERVER_ONLY_PATH.test(posixPath)) return true;
  if (frameworkId === "sveltekit" && posixPath.includes(SVELTEKIT_SERVER_LIB)) return true;
  return topLevelImports.some((specifier) => importListed(SERVER_MARKER_IMPORTS, specifier));
}
function isServerOnlySpecifier(specifier) {
  return importListed(SERVER_ONLY_ALIASES, specifier);
}
var SERVER_RUNTIME_IMPORTS = [
  // Server frameworks (each project's README: `const app = express()`, `Fastify()`, `new Koa()`, …).
  "express",
  "fastify",
  "koa",
  "@koa/router",
  "@hapi/hapi",
  "@nestjs/core",
  "@hono/node-server",
  // Serverless function runtimes: firebase.google.com/docs/functions, docs.netlify.com/functions, vercel.com/docs/functions,
  // cloud.google.com/functions/docs (functions-framework), supabase.com/docs/guides/functions (Deno `jsr:@supabase/functions-js`).
  "firebase-functions",
  "firebase-functions/",
  "firebase-admin",
  "firebase-admin/",
  "@netlify/functions",
  "@vercel/node",
  "@google-cloud/functions-framework",
  "jsr:@supabase/functions-js/",
  "https://deno.land/std/http/server.ts"
];
var CLIENT_ONLY_IMPORTS = ["client-only"];
var NODE_HTTP = ["http", "node:http", "https", "node:https", "http2", "node:http2"];
var SERVER_CALLS = [
  { kind: "call", callee: "express", importedFrom: ["express"], what: "creates an Express app", source: 'expressjs.com "Hello world"' },
  { kind: "call", callee: "fastify", importedFrom: ["fastify"], what: "creates a Fastify server", source: "fastify.dev Getting Started" },
  { kind: "call", callee: "Fastify", importedFrom: ["fastify"], what: "creates a Fastify server", source: "fastify.dev Getting Started" },
  // hono.dev/docs/getting-started/basic (`hono/client` is the browser side and creates no Hono app).
  { kind: "new", callee: "Hono", importedFrom: ["hono", "hono/tiny", "hono/quick"], what: "creates a Hono app", source: "hono.dev Getting Started" },
  { kind: "new", callee: "Koa", importedFrom: ["koa"], what: "creates a Koa app", source: "koajs.com" },
  { kind: "call", callee: "http.createServer", importedFrom: NODE_HTTP, what: "starts an HTTP server", source: "nodejs.org/api/http.html#httpcreateserver" },
  { kind: "call", callee: "https.createServer", importedFrom: NODE_HTTP, what: "starts an HTTPS server", source: "nodejs.org/api/https.html" },
  { kind: "call", callee: "createServer", importedFrom: NODE_HTTP, what: "starts an HTTP server", source: "nodejs.org/api/http.html" },
  { kind: "call", callee: "serve", importedFrom: ["@hono/node-server", "https://deno.land/std/http/server.ts"], what: "starts an HTTP server", source: "hono.dev/docs/getting-started/nodejs; deno.land/std http" },
  { kind: "call", callee: "Deno.serve", what: "serves HTTP with Deno (a Supabase Edge Function)", source: "docs.deno.com/api/deno/~/Deno.serve; supabase.com/docs/guides/functions" },
  { kind: "call", callee: "Bun.serve", what: "serves HTTP with Bun", source: "bun.sh/docs/api/http" },
  { kind: "call", callee: "onRequest", importedFrom: ["firebase-functions/v2/https", "firebase-functions/https"], what: "defines a Firebase HTTPS function", source: "firebase.google.com/docs/functions/http-events" },
  { kind: "call", callee: "onCall", importedFrom: ["firebase-functions/v2/https", "firebase-functions/https"], what: "defines a Firebase callable function", source: "firebase.google.com/docs/functions/callable" },
  { kind: "call", callee: "functions.https.onRequest", importedFrom: ["firebase-functions", "firebase-functions/v1"], what: "defines a Firebase HTTPS function", source: "firebase.google.com/docs/functions/http-events" },
  { kind: "call", callee: "functions.https.onCall", importedFrom: ["firebase-functions", "firebase-functions/v1"], what: "defines a Firebase callable function", source: "firebase.google.com/docs/functions/callable" }
];
var LISTEN_PORT_NAME = /port/i;
var ELECTRON_MAIN_MODULES = [
  "app",
  "BrowserWindow",
  "ipcMain",
  "Menu",
  "Tray",
  "dialog",
  "globalShortcut",
  "autoUpdater",
  "protocol",
  "session",
  "powerMonitor",
  "utilityProcess",
  "MessageChannelMain",
  "WebContentsView",
  "BaseWindow"
];
function importListed(list, specifier) {
  return list.some((entry) => entry.endsWith("/") ? specifier.startsWith(entry) : specifier === entry);
}

// packages/core/src/catalog/billable-calls.ts
var OPENAI_CHAT_CAP = { names: ["max_completion_tokens", "max_tokens"] };
var OPENAI_RESPONSES_CAP = { names: ["max_output_tokens"] };
var OPENAI_RUN_CAP = { names: ["max_completion_tokens"] };
var ANTHROPIC_CAP = { names: ["max_tokens"] };
var GENAI_CAP = { names: ["maxOutputTokens"], inside: "config" };
var GEMINI_CAP = { names: ["maxOutputTokens"], inside: "generationConfig" };
var MISTRAL_CAP = { names: ["maxTokens"] };
var method = (id, provider, path9, distinctive, cap) => ({
  kind: "method",
  id,
  provider,
  path: path9.split("."),
  distinctive,
  ...cap ? { cap } : {}
});
var AI_SDK_MODULES = ["ai"];
var aiSdk = (name, cap) => ({ kind: "function", id: name, provider: void 0, name, modules: AI_SDK_MODULES, ...cap ? { cap } : {} });
var langchain = (name, provider, modules, cap) => ({
  kind: "constructor",
  id: `new ${name}`,
  provider,
  name,
  modules,
  cap
});
var BILLABLE_CALLS = [
  // Longest paths first: `beta.chat.completions.parse` before `completions.create` would match it.
  method("openai.beta.chat.completions.parse", "openai", "beta.chat.completions.parse", true, OPENAI_CHAT_CAP),
  method("openai.beta.chat.completions.stream", "openai", "beta.chat.completions.stream", true, OPENAI_CHAT_CAP),
  method("openai.beta.threads.runs.createAndPoll", "openai", "threads.runs.createAndPoll", true, OPENAI_RUN_CAP),
  method("openai.beta.threads.runs.create", "openai", "threads.runs.create", true, OPENAI_RUN_CAP),
  method("openai.beta.threads.runs.stream", "openai", "threads.runs.stream", true, OPENAI_RUN_CAP),
  method("openai.chat.completions.create", "openai", "chat.completions.create", true, OPENAI_CHAT_CAP),
  method("openai.chat.completions.stream", "openai", "chat.completions.stream", true, OPENAI_CHAT_CAP),
  method("openai.chat.completions.parse", "openai", "chat.completions.parse", true, OPENAI_CHAT_CAP),
  method("openai.responses.create", "openai", "responses.create", true, OPENAI_RESPONSES_CAP),
  method("openai.responses.stream", "openai", "responses.stream", true, OPENAI_RESPONSES_CAP),
  // The legacy completions endpoint: openai-node src/resources/completions.ts `max_tokens`.
  method("openai.completions.create", "openai", "completions.create", true, { names: ["max_tokens"] }),
  method("openai.embeddings.create", "openai", "embeddings.create", true),
  method("openai.images.generate", "openai", "images.generate", true),
  method("openai.images.edit", "openai", "images.edit", true),
  method("openai.images.createVariation", "openai", "images.createVariation", true),
  method("openai.audio.speech.create", "openai", "audio.speech.create", true),
  method("openai.audio.transcriptions.create", "openai", "audio.transcriptions.create", true),
  method("openai.audio.translations.create", "openai", "audio.translations.create", true),
  method("openai.realtime.clientSecrets.create", "openai", "realtime.clientSecrets.create", true),
  // openai v3 (OpenAIApi): createChatCompletion / createCompletion take `max_tokens`.
  method("openai.createChatCompletion", "openai", "createChatCompletion", true, { names: ["max_tokens"] }),
  method("openai.createCompletion", "openai", "createCompletion", true, { names: ["max_tokens"] }),
  method("openai.createImage", "openai", "createImage", true),
  // togethercomputer/together-typescript src/resources/images.ts: `images.create({ prompt, model })`.
  method("together.images.create", "together", "images.create", false),
  method("anthropic.messages.create", "anthropic", "messages.create", false, ANTHROPIC_CAP),
  method("anthropic.messages.stream", "anthropic", "messages.stream", false, ANTHROPIC_CAP),
  method("anthropic.messages.batches.create", "anthropic", "messages.batches.create", false),
  method("google.models.generateContentStream", "google", "models.generateContentStream", false, GENAI_CAP),
  method("google.models.generateContent", "google", "models.generateContent", false, GENAI_CAP),
  // @google/generative-ai: model.generateContent(…) on a getGenerativeModel() result; its cap is usually set there.
  method("google.generateContentStream", "google", "generateContentStream", false, GEMINI_CAP),
  method("google.generateContent", "google", "generateContent", false, GEMINI_CAP),
  method("google.sendMessageStream", "google", "sendMessageStream", false),
  method("google.sendMessage", "google", "sendMessage", false),
  method("mistral.chat.complete", "mistral", "chat.complete", false, MISTRAL_CAP),
  method("mistral.chat.stream", "mistral", "chat.stream", false, MISTRAL_CAP),
  // replicate/replicate-javascript index.d.ts: `run(identifier, { input })`; caps differ per model.
  method("replicate.run", "replicate", "run", false),
  method("replicate.predictions.create", "replicate", "predictions.create", false),
  // ai-sdk.dev/docs/migration-guides/migration-guide-5-0: `maxTokens` (v4) became `maxOutputTokens` (v5+).
  aiSdk("generateText", "ai-sdk"),
  aiSdk("streamText", "ai-sdk"),
  aiSdk("generateObject", "ai-sdk"),
  aiSdk("streamObject", "ai-sdk"),
  aiSdk("embed"),
  aiSdk("embedMany"),
  aiSdk("generateImage"),
  aiSdk("experimental_generateImage"),
  aiSdk("experimental_transcribe"),
  aiSdk("experimental_generateSpeech"),
  // @langchain/openai ChatOpenAIFields.maxTokens (no default); @langchain/anthropic AnthropicInput.maxTokens
  // defaults to 2048.
  langchain("ChatOpenAI", "openai", ["@langchain/openai", "langchain/chat_models/openai"], { names: ["maxTokens", "maxCompletionTokens"] }),
  langchain("OpenAI", "openai", ["@langchain/openai", "langchain/llms/openai"], { names: ["maxTokens"] }),
  langchain("ChatAnthropic", "anthropic", ["@langchain/anthropic", "langchain/chat_models/anthropic"], { names: ["maxTokens"], defaultCapped: true }),
  langchain("ChatGoogleGenerativeAI", "google", ["@langchain/google-genai"], { names: ["maxOutputTokens"] }),
  langchain("ChatGroq", "groq", ["@langchain/groq"], { names: ["maxTokens"] }),
  langchain("ChatMistralAI", "mistral", ["@langchain/mistralai"], { names: ["maxTokens"] })
];
var BILLABLE_API_PATHS = [
  { path: "/v1/chat/completions", provider: "openai" },
  { path: "/v1/completions", provider: "openai" },
  { path: "/v1/responses", provider: "openai" },
  { path: "/v1/images/generations", provider: "openai" },
  { path: "/v1/embeddings", provider: "openai" },
  { path: "/v1/audio/", provider: "openai" },
  { path: "/v1/messages", provider: "anthropic" },
  { path: ":generateContent", provider: "google" },
  { path: ":streamGenerateContent", provider: "google" }
];
var AI_SDK_CAP_NAMES = { 4: "maxTokens", 5: "maxOutputTokens" };
function aiSdkMajor(range) {
  const match = range ? /(\d+)\./.exec(range) ?? /^[\^~>=\s]*(\d+)$/.exec(range) : null;
  return match ? Number(match[1]) : void 0;
}
function isAiCallerModule(specifier, providerOfModule2) {
  return AI_SDK_MODULES.includes(specifier) || specifier.startsWith("@ai-sdk/") || specifier.startsWith("@langchain/") || specifier.startsWith("langchain") || providerOfModule2(specifier) !== void 0;
}
var METHODS = BILLABLE_CALLS.filter((c) => c.kind === "method");
var FUNCTIONS = new Map(BILLABLE_CALLS.filter((c) => c.kind === "function").map((c) => [c.name, c]));
var CONSTRUCTORS = BILLABLE_CALLS.filter((c) => c.kind === "constructor");
function billableMethodOf(memberNames) {
  return METHODS.find((m) => m.path.length <= memberNames.length && m.path.every((name, i) => memberNames[memberNames.length - m.path.length + i] === name));
}
function billableFunctionOf(specifier, imported) {
  const call = FUNCTIONS.get(imported);
  return call && call.modules.includes(specifier) ? call : void 0;
}
function billableConstructorOf(specifier, imported) {
  return CONSTRUCTORS.find((c) => c.name === imported && c.modules.includes(specifier));
}

// packages/core/src/catalog/guards.ts
var LIMITER_LIBRARIES = [
  // upstash.com/docs/redis/sdks/ratelimit-ts/methods: limit(id) → { success, … }; blockUntilReady(id, ms).
  { name: "@upstash/ratelimit", modules: ["@upstash/ratelimit"], methods: ["limit", "blockUntilReady"], enforcement: "result" },
  // npm README @unkey/ratelimit: `await unkey.limit(identifier)` → { success }.
  { name: "@unkey/ratelimit", modules: ["@unkey/ratelimit"], methods: ["limit"], enforcement: "result" },
  // animir/node-rate-limiter-flexible wiki: consume() rejects with RateLimiterRes when over.
  { name: "rate-limiter-flexible", modules: ["rate-limiter-flexible"], methods: ["consume", "penalty"], enforcement: "rejects" },
  // docs.arcjet.com: `const decision = await aj.protect(req)`; `decision.isDenied()`.
  { name: "Arcjet", modules: ["@arcjet/next", "@arcjet/node", "@arcjet/bun", "@arcjet/deno", "@arcjet/sveltekit", "@arcjet/remix", "@arcjet/nest", "@arcjet/astro"], methods: ["protect"], enforcement: "result" },
  // vercel/vercel packages/firewall/docs/README.md: checkRateLimit(id, { request }) → { rateLimited }.
  { name: "@vercel/firewall", modules: ["@vercel/firewall"], methods: ["checkRateLimit", "unstable_checkRateLimit"], enforcement: "result" },
  // ciscoheat/sveltekit-rate-limiter README: `if (await limiter.isLimited(event)) error(429)`.
  { name: "sveltekit-rate-limiter", modules: ["sveltekit-rate-limiter/server", "sveltekit-rate-limiter"], methods: ["isLimited", "check"], enforcement: "result" },
  // get-convex/rate-limiter README: `await rateLimiter.limit(ctx, name, { key, throws })`.
  { name: "@convex-dev/rate-limiter", modules: ["@convex-dev/rate-limiter"], methods: ["limit"], enforcement: "result" },
  // npmjs.com/package/next-rate-limit and vercel/next.js examples/api-routes-rate-limit: check() throws.
  { name: "next-rate-limit", modules: ["next-rate-limit"], methods: ["check", "checkNext"], enforcement: "rejects" },
  // express-rate-limit README: `app.use(rateLimit({ windowMs, limit }))`; express-slow-down the same shape.
  { name: "express-rate-limit", modules: ["express-rate-limit", "express-slow-down"], methods: ["rateLimit", "default", "slowDown"], enforcement: "middleware" },
  // rhinobase/hono-rate-limiter README: `app.use(rateLimiter({ windowMs, limit, keyGenerator }))`.
  { name: "hono-rate-limiter", modules: ["hono-rate-limiter", "@hono-rate-limiter/redis", "@hono-rate-limiter/cloudflare"], methods: ["rateLimiter", "cloudflareRateLimiter"], enforcement: "middleware" },
  // fastify/fastify-rate-limit README: `await fastify.register(rateLimit, { max, timeWindow })`, before the routes.
  { name: "@fastify/rate-limit", modules: ["@fastify/rate-limit", "fastify-rate-limit"], methods: ["default"], enforcement: "middleware" },
  // koajs/ratelimit README: `app.use(ratelimit({ driver, db, duration, max }))`.
  { name: "koa-ratelimit", modules: ["koa-ratelimit", "koa2-ratelimit"], methods: ["default", "RateLimit"], enforcement: "middleware" },
  // express-brute README: `brute.prevent` as route middleware.
  { name: "express-brute", modules: ["express-brute"], methods: ["prevent"], enforcement: "middleware" }
];
var LIMITER_MODULES = new Set(LIMITER_LIBRARIES.flatMap((l) => l.modules));
var DECLARATIVE_LIMITER_PACKAGES = ["nuxt-security", "nuxt-api-shield", "nuxt-rate-limit", "nuxthub-ratelimit", "@jf/ratelimit-nuxt"];
var LIMITER_METHODS = new Set(LIMITER_LIBRARIES.filter((l) => l.enforcement !== "middleware").flatMap((l) => l.methods));
var LIMITER_NAME = /rate_?limit|limiter|throttl/i;
var COUNTER_COMMANDS = /* @__PURE__ */ new Set(["incr", "incrby", "incrbyfloat", "hincrby", "zadd"]);
var EXPIRY_COMMANDS = /* @__PURE__ */ new Set(["expire", "pexpire", "expireat", "pexpireat"]);
var TOO_MANY_REQUESTS_STATUS = 429;
var REFUSAL_WORDS = /rate[ _-]?limit|too many requests|quota|usage limit|limit (?:reached|exceeded)|daily limit|(?:out of|insufficient|not enough|no) credits/i;
var QUOTA_NAMES = /credit|quota|usage|remaining|balance|entitlement|message_?count|request_?count|tokens_?used|max_?messages_?per/i;
var IP_HEADERS = /* @__PURE__ */ new Set(["x-forwarded-for", "x-real-ip", "cf-connecting-ip", "x-vercel-forwarded-for", "true-client-ip", "fly-client-ip", "x-client-ip"]);
var AUTH_CALLS = /* @__PURE__ */ new Set([
  "auth",
  "getServerSession",
  "getServerAuthSession",
  "currentUser",
  "getUser",
  "getClaims",
  "getSession",
  "validateRequest",
  "validateSession",
  "requireUserSession",
  "getUserSession",
  "requireUserId",
  "requireUser",
  "getUserId",
  "verifyIdToken",
  "getKindeServerSession",
  "withAuth",
  "getAuth"
]);
var AUTH_MEMBERS = /* @__PURE__ */ new Set(["user", "auth", "session", "userId"]);
var AUTH_MEMBER_OBJECTS = /* @__PURE__ */ new Set(["req", "request", "locals", "context", "ctx"]);
var RATE_LIMIT_FIXES = {
  // upstash.com/docs/redis/sdks/ratelimit-ts/gettingstarted: serverless and edge need a shared store.
  serverless: "rate-limit it with Upstash Ratelimit before the call: `const { success } = await ratelimit.limit({{key}})` (`new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') })`), and return 429 when `!success`",
  // animir/node-rate-limiter-flexible README.
  node: "rate-limit it before the call with rate-limiter-flexible (`await limiter.consume({{key}})`, 429 when it rejects) or Upstash Ratelimit",
  express: "put express-rate-limit in front of it (`rateLimit({ windowMs: 60_000, limit: 10, keyGenerator: (req) => {{key}} })`, registered before the route) or call rate-limiter-flexible `consume({{key}})` in the handler",
  fastify: 'register @fastify/rate-limit before the routes (`await app.register(rateLimit, { max: 10, timeWindow: "1 minute", keyGenerator: (req) => {{key}} })`) or set `config: { rateLimit }` on the route',
  hono: "put hono-rate-limiter in front of it (`app.use(rateLimiter({ windowMs: 60_000, limit: 10, keyGenerator: (c) => {{key}} }))`), or the Workers rate-limit binding on Cloudflare",
  koa: 'put koa-ratelimit in front of it (`app.use(ratelimit({ driver: "memory", db: new Map(), duration: 60_000, max: 10, id: (ctx) => {{key}} }))`)',
  // developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit.
  workers: "rate-limit it with the Workers rate-limit binding: `const { success } = await env.MY_RATE_LIMITER.limit({ key: {{key}} })` (a `ratelimits` entry in wrangler config), and return 429 when `!success`"
};
var RATE_LIMIT_KEYS = {
  user: { code: "userId", words: "the signed-in user" },
  ip: { code: "ip", words: "the client IP (`x-forwarded-for` behind a proxy), since this endpoint has no user" }
};

// packages/core/src/catalog/endpoints.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "ALL"];
var PAGES_FUNCTION_EXPORTS = ["onRequest", "onRequestGet", "onRequestPost", "onRequestPut", "onRequestPatch", "onRequestDelete"];
var PAGES_FUNCTIONS = { kind: "a Pages Function", files: ["functions/**/*.{js,ts}"], exports: PAGES_FUNCTION_EXPORTS, runtime: "workers" };
var VERCEL_FUNCTIONS = { kind: "a Vercel Function", files: ["api/**/*.{js,ts,mjs,mts}"], exports: ["default", ...HTTP_METHODS], runtime: "serverless" };
var NETLIFY_FUNCTIONS = { kind: "a Netlify Function", files: ["netlify/functions/**/*.{js,ts,mjs,mts}", "netlify/edge-functions/**/*.{js,ts}"], exports: ["default", "handler"], runtime: "serverless" };
var FILE_ENDPOINTS = {
  next: [
    // nextjs.org/docs/app/api-reference/file-conventions/route
    { kind: "a Route Handler", files: ["app/**/route.{js,ts,mjs}"], exports: HTTP_METHODS, runtime: "serverless" },
    // nextjs.org/docs/pages/building-your-application/routing/api-routes
    { kind: "an API Route", files: ["pages/api/**/*.{js,ts,mjs}"], exports: ["default"], runtime: "serverless" }
  ],
  // svelte.dev/docs/kit/routing#server and svelte.dev/docs/kit/form-actions
  sveltekit: [
    { kind: "a +server endpoint", files: ["**/+server.{js,ts}"], exports: HTTP_METHODS.concat("fallback"), runtime: "serverless" },
    { kind: "a form action", files: ["**/+page.server.{js,ts}"], exports: ["load"], objectExports: ["actions"], runtime: "serverless" }
  ],
  // nuxt.com/docs/guide/directory-structure/server: server/api and server/routes, default export of defineEventHandler.
  nuxt: [
    {
      kind: "a server route",
      files: ["server/api/**/*.{js,ts,mjs}", "server/routes/**/*.{js,ts,mjs}"],
      exports: ["default"],
      wrappers: ["defineEventHandler", "eventHandler", "defineLazyEventHandler", "defineCachedEventHandler", "defineWebSocketHandler"],
      runtime: "serverless"
    }
  ],
  // remix.run/docs/en/main/route/action, reactrouter.com/start/framework/route-module: `action` and `loader` of route modules.
  "react-router": [{ kind: "a route action", files: ["app/**/*.{js,jsx,ts,tsx}"], exports: ["action", "loader"], runtime: "serverless" }],
  // docs.astro.build/en/guides/endpoints (server endpoints in src/pages/**.{js,ts}).
  // Astro 1–2 named them in lower case (`post`, `get`, `del`; docs.astro.build v2 endpoints).
  astro: [{ kind: "an Astro endpoint", files: ["src/pages/**/*.{js,ts}"], exports: [...HTTP_METHODS, "get", "post", "put", "patch", "del", "all"], runtime: "serverless" }],
  // docs.expo.dev/router/reference/api-routes: app/**+api.ts exports GET, POST, …
  expo: [{ kind: "an Expo API route", files: ["**/*+api.{js,ts}"], exports: HTTP_METHODS, runtime: "serverless" }],
  // gatsbyjs.com/docs/reference/functions: src/api/*, default export.
  gatsby: [{ kind: "a Gatsby Function", files: ["src/api/**/*.{js,ts}"], exports: ["default"], runtime: "serverless" }],
  "*": [VERCEL_FUNCTIONS, NETLIFY_FUNCTIONS, PAGES_FUNCTIONS]
};
var ROUTE_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "all", "on"]);
var APP_FACTORIES = {
  express: { names: ["default", "Router"], runtime: "express" },
  fastify: { names: ["default", "fastify", "Fastify"], runtime: "fastify" },
  hono: { names: ["Hono"], runtime: "hono" },
  "hono/tiny": { names: ["Hono"], runtime: "hono" },
  "hono/quick": { names: ["Hono"], runtime: "hono" },
  koa: { names: ["default"], runtime: "koa" },
  "@koa/router": { names: ["default"], runtime: "koa" },
  "koa-router": { names: ["default"], runtime: "koa" },
  elysia: { names: ["Elysia"], runtime: "node" }
};
var APP_NAMES = /^(?:app|router|server|fastify|api|routes?|[a-z]+Router|[a-z]+Routes)$/;
var HANDLER_CALLS = [
  { names: ["onRequest", "onCall"], modules: ["firebase-functions", "firebase-functions/v2", "firebase-functions/v2/https", "firebase-functions/https", "firebase-functions/v1"], kind: "a Firebase function", runtime: "node" },
  { names: ["serve"], modules: ["https://deno.land/std/http/server.ts", "std/http/server.ts", "https://deno.land/std@0.168.0/http/server.ts"], kind: "a Deno server", runtime: "serverless" },
  { names: ["defineAction"], modules: ["astro:actions"], kind: "an Astro Action", runtime: "serverless" },
  // nodejs.org/api/http.html#httpcreateserveroptions-requestlistener
  { names: ["createServer"], modules: ["node:http", "http", "node:https", "https", "node:http2", "http2"], kind: "a Node.js HTTP server", runtime: "node" }
];
var RESOLVER_TYPES = /* @__PURE__ */ new Set(["Mutation", "Query", "Subscription"]);
var COVERING_LAYERS = {
  next: [{ files: ["middleware", "src/middleware", "proxy", "src/proxy"], exports: ["default", "middleware", "proxy"], matcher: true }],
  sveltekit: [{ files: ["src/hooks.server"], exports: ["handle"] }],
  astro: [{ files: ["src/middleware", "src/middleware/index"], exports: ["onRequest"] }]
};
var LAYER_EXTENSIONS = [".ts", ".js", ".mts", ".mjs"];
var conventionMatchers = /* @__PURE__ */ new WeakMap();
function fileEndpointFor(framework, fromRoot) {
  const conventions = [...framework ? FILE_ENDPOINTS[framework] ?? [] : [], ...FILE_ENDPOINTS["*"] ?? []];
  return conventions.find((convention) => {
    let matcher = conventionMatchers.get(convention);
    if (!matcher) {
      matcher = (0, import_picomatch.default)([...convention.files, ...convention.files.map((glob) => `src/${glob}`)], { dot: true });
      conventionMatchers.set(convention, matcher);
    }
    return matcher(fromRoot);
  });
}

// packages/core/src/catalog/build-output.ts
var CONFIG_WRAPPERS = ["defineConfig", "mergeConfig", "defineNuxtConfig", "defineProject"];
var VITE_CONFIG_FILES = ["vite.config.js", "vite.config.mjs", "vite.config.ts", "vite.config.cjs", "vite.config.mts", "vite.config.cts"];
var NEXT_PRERENDERED_GLOBS = [".next/server/app/**/*.{html,rsc,body,meta,segment.rsc}", ".next/server/pages/**/*.{html,json}"];
var SVELTEKIT_OUTPUT = { scan: [".svelte-kit/output/client", ".svelte-kit/output/prerendered"] };
var SVELTEKIT_ADAPTERS = {
  "@sveltejs/adapter-static": { options: { pages: "build", assets: "" }, scan: (o) => [o.pages, o.assets || o.pages] },
  "@sveltejs/adapter-node": { options: { out: "build" }, scan: (o) => [`${o.out}/client`, `${o.out}/prerendered`] },
  "@sveltejs/adapter-vercel": { options: {}, scan: () => [".vercel/output/static"] },
  "@sveltejs/adapter-netlify": { options: {}, scan: () => ["build"] }
};
var BUILD_TOOLS = [
  {
    // nextjs.org docs next-config-js/distDir ("distDir should not leave your project directory") and output:
    // with `output: 'export'` the site is written to `out`, or to distDir when one is set (next's export/utils.js).
    id: "next",
    name: "Next.js",
    dependencies: ["next"],
    configFiles: ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs"],
    settings: { distDir: { key: ["distDir"], holder: "any" }, output: { key: ["output"], holder: "any" } },
    defaults: [{ scan: [".next/static", ...NEXT_PRERENDERED_GLOBS] }, { scan: ["out"] }]
  },
  {
    // reactrouter.com api/framework-conventions/react-router.config.ts: buildDirectory, default "build"; the
    // browser files go to `${buildDirectory}/client`, the server bundle to `${buildDirectory}/server`.
    id: "react-router",
    name: "React Router",
    dependencies: ["@react-router/dev"],
    configFiles: ["react-router.config.ts", "react-router.config.js", "react-router.config.mjs", "react-router.config.mts"],
    settings: { buildDirectory: { key: ["buildDirectory"], holder: "config" } },
    clientUnder: "client",
    defaults: [{ scan: ["build/client"] }],
    supersedes: ["vite", "remix"]
  },
  {
    // remix.run docs: the Vite plugin's `buildDirectory` (default "build", browser files in `build/client`);
    // the classic compiler's remix.config.js `assetsBuildDirectory` (default "public/build").
    id: "remix",
    name: "Remix",
    dependencies: ["@remix-run/dev"],
    configFiles: VITE_CONFIG_FILES,
    // `import { vitePlugin as remix } from '@remix-run/dev'` is how the docs name it.
    settings: { buildDirectory: { key: ["buildDirectory"], holder: { call: ["remix", "vitePlugin"] } } },
    clientUnder: "client",
    defaults: [{ scan: ["build/client"] }, { scan: ["public/build"] }],
    supersedes: ["vite"]
  },
  {
    id: "sveltekit",
    name: "SvelteKit",
    dependencies: ["@sveltejs/kit"],
    configFiles: ["svelte.config.js", "svelte.config.mjs", "svelte.config.ts", "svelte.config.cjs"],
    // The adapter's options are read by SVELTEKIT_ADAPTERS.
    settings: {},
    defaults: [SVELTEKIT_OUTPUT],
    supersedes: ["vite"]
  },
  {
    // nuxt.com docs/getting-started/deployment and nitro.build config `output.publicDir` (default
    // `.output/public`); `nuxt generate` also links `dist` to it; Nuxt 2 wrote `.nuxt/dist/client`.
    id: "nuxt",
    name: "Nuxt",
    dependencies: ["nuxt"],
    configFiles: ["nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs", "nuxt.config.mts"],
    settings: { publicDir: { key: ["nitro", "output", "publicDir"], holder: "config" } },
    defaults: [{ scan: [".output/public"] }, { scan: ["dist"] }, { scan: [".nuxt/dist/client"] }],
    supersedes: ["vite"]
  },
  {
    // docs.astro.build reference/configuration-reference: outDir (default "./dist"); with a server adapter
    // the browser files go to `build.client` (default "./client") and the server to `build.server`, under outDir.
    id: "astro",
    name: "Astro",
    dependencies: ["astro"],
    configFiles: ["astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs", "astro.config.cts"],
    settings: { outDir: { key: ["outDir"], holder: "config" }, client: { key: ["build", "client"], holder: "config" } },
    defaults: [{ scan: ["dist/client"], when: "dist/server" }, { scan: ["dist"] }],
    supersedes: ["vite"]
  },
  {
    // angular.dev reference/configs/workspace-config and the application builder's schema: outputPath is a
    // string (the base) or `{ base, browser }`; the application builder writes browser files to
    // `${base}/${browser}` (browser defaults to "browser"; "" means the base itself) and the server to
    // `${base}/server`; the older browser builders write to outputPath itself. Default base: dist/<project>.
    id: "angular",
    name: "Angular",
    dependencies: ["@angular/core"],
    configFiles: ["angular.json"],
    settings: {},
    defaults: [{ scan: ["dist"] }]
  },
  {
    // create-react-app.dev docs/advanced-configuration: BUILD_PATH, relative to the project root, default `build`;
    // set in the environment (the build script) or a .env file (docs/adding-custom-environment-variables: the
    // files `npm run build` reads, most specific first).
    id: "cra",
    name: "Create React App",
    dependencies: ["react-scripts"],
    configFiles: [],
    settings: {},
    defaults: [{ scan: ["build"] }]
  },
  {
    // docs.expo.dev/router/reference/api-routes and web/server-rendering: `expo export` writes to `dist`;
    // with web.output "server", browser files go to `dist/client` and the server to `dist/server`.
    id: "expo",
    name: "Expo",
    dependencies: ["expo"],
    configFiles: [],
    settings: {},
    defaults: [{ scan: ["dist/client"], when: "dist/server" }, { scan: ["dist"] }]
  },
  {
    // cli.vuejs.org/config: outputDir, default "dist".
    id: "vue-cli",
    name: "Vue CLI",
    dependencies: ["@vue/cli-service"],
    configFiles: ["vue.config.js", "vue.config.cjs", "vue.config.mjs", "vue.config.ts"],
    settings: { outputDir: { key: ["outputDir"], holder: "config" } },
    defaults: [{ scan: ["dist"] }]
  },
  // Fixed folders (the tool's docs): gatsby build, storybook build, Redwood's web side, Plasmo, WXT, electron-vite's renderer.
  { id: "gatsby", name: "Gatsby", dependencies: ["gatsby"], configFiles: [], settings: {}, defaults: [{ scan: ["public"] }] },
  { id: "storybook", name: "Storybook", dependencies: ["storybook"], configFiles: [], settings: {}, defaults: [{ scan: ["storybook-static"] }] },
  { id: "redwood", name: "RedwoodJS", dependencies: ["@redwoodjs/core", "@cedarjs/core"], configFiles: [], settings: {}, defaults: [{ scan: ["web/dist"] }] },
  { id: "plasmo", name: "Plasmo", dependencies: ["plasmo"], configFiles: [], settings: {}, defaults: [{ scan: ["build"] }] },
  { id: "wxt", name: "WXT", dependencies: ["wxt"], configFiles: [], settings: {}, defaults: [{ scan: [".output"] }] },
  { id: "electron-vite", name: "electron-vite", dependencies: ["electron-vite"], configFiles: [], settings: {}, defaults: [{ scan: ["out/renderer"] }], supersedes: ["vite"] },
  {
    // vite.dev/config/build-options#build-outdir: relative to the project `root` (vite.dev/config/shared-options#root).
    // An app build starts from `<root>/index.html` unless the config names other inputs (vite.dev/guide/build).
    id: "vite",
    name: "Vite",
    dependencies: ["vite"],
    requiresFile: ["index.html", ...VITE_CONFIG_FILES],
    configFiles: VITE_CONFIG_FILES,
    settings: { outDir: { key: ["build", "outDir"], holder: "config" }, root: { key: ["root"], holder: "config" } },
    defaults: [{ scan: ["dist"] }]
  }
];
var CRA_BUILD_PATH = "BUILD_PATH";
var CRA_ENV_FILES = [".env.production.local", ".env.local", ".env.production", ".env"];
var VITE_BUILD_COMMAND = ["vite", "build"];
var VITE_OUTDIR_FLAGS = ["--outDir", "--out-dir"];
var ANGULAR_SPLIT_BUILDERS = /:application$/;
var CLIENT_OUTPUT_DIRS = [
  ".next/static",
  "out",
  "dist",
  "build",
  ".svelte-kit/output/client",
  ".output/public",
  ".vercel/output/static",
  "storybook-static"
];
var MAX_DISCOVERED_PROJECTS = 64;

// packages/core/src/sourcemap/apply.ts
import { existsSync as existsSync3, readFileSync as readFileSync2, readdirSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { realpath } from "node:fs/promises";
import path4 from "node:path";

// node_modules/.pnpm/@jridgewell+sourcemap-codec@1.6.0/node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs
var comma = ",".charCodeAt(0);
var semicolon = ";".charCodeAt(0);
var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var intToChar = new Uint8Array(64);
var charToInt = new Uint8Array(128);
for (let i = 0; i < chars.length; i++) {
  const c = chars.charCodeAt(i);
  intToChar[i] = c;
  charToInt[c] = i;
}
function decodeInteger(reader) {
  let value = 0;
  let shift = 0;
  let integer = 0;
  do {
    const c = reader.next();
    integer = charToInt[c];
    value |= (integer & 31) << shift;
    shift += 5;
  } while (integer & 32);
  return value;
}
function decodeSign(num) {
  return num & 1 ? -2147483648 | -(num >>> 1) : num >>> 1;
}
function hasMoreVlq(reader, max) {
  if (reader.pos >= max) return false;
  return reader.peek() !== comma;
}
var bufLength = 1024 * 16;
var StringReader = class {
  constructor(buffer) {
    this.pos = 0;
    this.buffer = buffer;
  }
  next() {
    return this.buffer.charCodeAt(this.pos++);
  }
  peek() {
    return this.buffer.charCodeAt(this.pos);
  }
  indexOf(char) {
    const { buffer, pos } = this;
    const idx = buffer.indexOf(char, pos);
    return idx === -1 ? buffer.length : idx;
  }
};
function decode(mappings) {
  const { length } = mappings;
  const reader = new StringReader(mappings);
  const decoded = [];
  let genColumn = 0;
  let sourcesIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let namesIndex = 0;
  do {
    const semi = reader.indexOf(";");
    const line = [];
    let sorted = true;
    let lastCol = 0;
    genColumn = 0;
    while (reader.pos < semi) {
      let seg;
      genColumn += decodeSign(decodeInteger(reader));
      if (genColumn < lastCol) sorted = false;
      lastCol = genColumn;
      if (hasMoreVlq(reader, semi)) {
        sourcesIndex += decodeSign(decodeInteger(reader));
        sourceLine += decodeSign(decodeInteger(reader));
        sourceColumn += decodeSign(decodeInteger(reader));
        if (hasMoreVlq(reader, semi)) {
          namesIndex += decodeSign(decodeInteger(reader));
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn, namesIndex];
        } else {
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn];
        }
      } else {
        seg = [genColumn];
      }
      line.push(seg);
      reader.pos++;
    }
    if (!sorted) sort(line);
    decoded.push(line);
    reader.pos = semi + 1;
  } while (reader.pos <= length);
  return decoded;
}
function sort(line) {
  line.sort(sortComparator);
}
function sortComparator(a, b) {
  return a[0] - b[0];
}

// node_modules/.pnpm/@jridgewell+resolve-uri@3.1.3/node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs
var schemeRegex = /^[\w+.-]+:\/\//;
var urlRegex = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/;
var fileRegex = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
function isAbsoluteUrl(input) {
  return schemeRegex.test(input);
}
function isSchemeRelativeUrl(input) {
  return input.startsWith("//");
}
function isAbsolutePath(input) {
  return input.startsWith("/");
}
function isFileUrl(input) {
  return input.startsWith("file:");
}
function isRelative(input) {
  return /^[.?#]/.test(input);
}
function parseAbsoluteUrl(input) {
  const match = urlRegex.exec(input);
  return makeUrl(match[1], match[2] || "", match[3], match[4] || "", match[5] || "/", match[6] || "", match[7] || "");
}
function parseFileUrl(input) {
  const match = fileRegex.exec(input);
  const path9 = match[2];
  return makeUrl("file:", "", match[1] || "", "", isAbsolutePath(path9) ? path9 : "/" + path9, match[3] || "", match[4] || "");
}
function makeUrl(scheme, user, host, port, path9, query, hash) {
  return {
    scheme,
    user,
    host,
    port,
    path: path9,
    query,
    hash,
    type: 7
  };
}
function parseUrl(input) {
  if (isSchemeRelativeUrl(input)) {
    const url2 = parseAbsoluteUrl("http:" + input);
    url2.scheme = "";
    url2.type = 6;
    return url2;
  }
  if (isAbsolutePath(input)) {
    const url2 = parseAbsoluteUrl("http://foo.com" + input);
    url2.scheme = "";
    url2.host = "";
    url2.type = 5;
    return url2;
  }
  if (isFileUrl(input))
    return parseFileUrl(input);
  if (isAbsoluteUrl(input))
    return parseAbsoluteUrl(input);
  const url = parseAbsoluteUrl("http://foo.com/" + input);
  url.scheme = "";
  url.host = "";
  url.type = input ? input.startsWith("?") ? 3 : input.startsWith("#") ? 2 : 4 : 1;
  return url;
}
function stripPathFilename(path9) {
  if (path9.endsWith("/.."))
    return path9;
  const index = path9.lastIndexOf("/");
  return path9.slice(0, index + 1);
}
function mergePaths(url, base) {
  normalizePath(base, base.type);
  if (url.path === "/") {
    url.path = base.path;
  } else {
    url.path = stripPathFilename(base.path) + url.path;
  }
}
function normalizePath(url, type) {
  const rel = type <= 4;
  const pieces = url.path.split("/");
  let pointer = 1;
  let positive = 0;
  let addTrailingSlash = false;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) {
      addTrailingSlash = true;
      continue;
    }
    addTrailingSlash = false;
    if (piece === ".")
      continue;
    if (piece === "..") {
      if (positive) {
        addTrailingSlash = true;
        positive--;
        pointer--;
      } else if (rel) {
        pieces[pointer++] = piece;
      }
      continue;
    }
    pieces[pointer++] = piece;
    positive++;
  }
  let path9 = "";
  for (let i = 1; i < pointer; i++) {
    path9 += "/" + pieces[i];
  }
  if (!path9 || addTrailingSlash && !path9.endsWith("/..")) {
    path9 += "/";
  }
  url.path = path9;
}
function resolve(input, base) {
  if (!input && !base)
    return "";
  const url = parseUrl(input);
  let inputType = url.type;
  if (base && inputType !== 7) {
    const baseUrl = parseUrl(base);
    const baseType = baseUrl.type;
    switch (inputType) {
      case 1:
        url.hash = baseUrl.hash;
      // fall through
      case 2:
        url.query = baseUrl.query;
      // fall through
      case 3:
      case 4:
        mergePaths(url, baseUrl);
      // fall through
      case 5:
        url.user = baseUrl.user;
        url.host = baseUrl.host;
        url.port = baseUrl.port;
      // fall through
      case 6:
        url.scheme = baseUrl.scheme;
    }
    if (baseType > inputType)
      inputType = baseType;
  }
  normalizePath(url, inputType);
  const queryHash = url.query + url.hash;
  switch (inputType) {
    // This is impossible, because of the empty checks at the start of the function.
    // case UrlType.Empty:
    case 2:
    case 3:
      return queryHash;
    case 4: {
      const path9 = url.path.slice(1);
      if (!path9)
        return queryHash || ".";
      if (isRelative(base || input) && !isRelative(path9)) {
        return "./" + path9 + queryHash;
      }
      return path9 + queryHash;
    }
    case 5:
      return url.path + queryHash;
    default:
      return url.scheme + "//" + url.user + url.host + url.port + url.path + queryHash;
  }
}

// node_modules/.pnpm/@jridgewell+trace-mapping@0.3.31/node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs
function stripFilename(path9) {
  if (!path9) return "";
  const index = path9.lastIndexOf("/");
  return path9.slice(0, index + 1);
}
function resolver(mapUrl, sourceRoot) {
  const from = stripFilename(mapUrl);
  const prefix = sourceRoot ? sourceRoot + "/" : "";
  return (source) => resolve(prefix + (source || ""), from);
}
var COLUMN = 0;
var SOURCES_INDEX = 1;
var SOURCE_LINE = 2;
var SOURCE_COLUMN = 3;
var NAMES_INDEX = 4;
function maybeSort(mappings, owned) {
  const unsortedIndex = nextUnsortedSegmentLine(mappings, 0);
  if (unsortedIndex === mappings.length) return mappings;
  if (!owned) mappings = mappings.slice();
  for (let i = unsortedIndex; i < mappings.length; i = nextUnsortedSegmentLine(mappings, i + 1)) {
    mappings[i] = sortSegments(mappings[i], owned);
  }
  return mappings;
}
function nextUnsortedSegmentLine(mappings, start) {
  for (let i = start; i < mappings.length; i++) {
    if (!isSorted(mappings[i])) return i;
  }
  return mappings.length;
}
function isSorted(line) {
  for (let j = 1; j < line.length; j++) {
    if (line[j][COLUMN] < line[j - 1][COLUMN]) {
      return false;
    }
  }
  return true;
}
function sortSegments(line, owned) {
  if (!owned) line = line.slice();
  return line.sort(sortComparator2);
}
function sortComparator2(a, b) {
  return a[COLUMN] - b[COLUMN];
}
var found = false;
function binarySearch(haystack, needle, low, high) {
  while (low <= high) {
    const mid = low + (high - low >> 1);
    const cmp = haystack[mid][COLUMN] - needle;
    if (cmp === 0) {
      found = true;
      return mid;
    }
    if (cmp < 0) {
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  found = false;
  return low - 1;
}
function upperBound(haystack, needle, index) {
  for (let i = index + 1; i < haystack.length; index = i++) {
    if (haystack[i][COLUMN] !== needle) break;
  }
  return index;
}
function lowerBound(haystack, needle, index) {
  for (let i = index - 1; i >= 0; index = i--) {
    if (haystack[i][COLUMN] !== needle) break;
  }
  return index;
}
function memoizedState() {
  return {
    lastKey: -1,
    lastNeedle: -1,
    lastIndex: -1
  };
}
function memoizedBinarySearch(haystack, needle, state, key) {
  const { lastKey, lastNeedle, lastIndex } = state;
  let low = 0;
  let high = haystack.length - 1;
  if (key === lastKey) {
    if (needle === lastNeedle) {
      found = lastIndex !== -1 && haystack[lastIndex][COLUMN] === needle;
      return lastIndex;
    }
    if (needle >= lastNeedle) {
      low = lastIndex === -1 ? 0 : lastIndex;
    } else {
      high = lastIndex;
    }
  }
  state.lastKey = key;
  state.lastNeedle = needle;
  return state.lastIndex = binarySearch(haystack, needle, low, high);
}
function parse(map) {
  return typeof map === "string" ? JSON.parse(map) : map;
}
var FlattenMap = function(map, mapUrl) {
  const parsed2 = parse(map);
  if (!("sections" in parsed2)) {
    return new TraceMap(parsed2, mapUrl);
  }
  const mappings = [];
  const sources = [];
  const sourcesContent = [];
  const names = [];
  const ignoreList = [];
  recurse(
    parsed2,
    mapUrl,
    mappings,
    sources,
    sourcesContent,
    names,
    ignoreList,
    0,
    0,
    Infinity,
    Infinity
  );
  const joined = {
    version: 3,
    file: parsed2.file,
    names,
    sources,
    sourcesContent,
    mappings,
    ignoreList
  };
  return presortedDecodedMap(joined);
};
function recurse(input, mapUrl, mappings, sources, sourcesContent, names, ignoreList, lineOffset, columnOffset, stopLine, stopColumn) {
  const { sections } = input;
  for (let i = 0; i < sections.length; i++) {
    const { map, offset } = sections[i];
    let sl = stopLine;
    let sc = stopColumn;
    if (i + 1 < sections.length) {
      const nextOffset = sections[i + 1].offset;
      sl = Math.min(stopLine, lineOffset + nextOffset.line);
      if (sl === stopLine) {
        sc = Math.min(stopColumn, columnOffset + nextOffset.column);
      } else if (sl < stopLine) {
        sc = columnOffset + nextOffset.column;
      }
    }
    addSection(
      map,
      mapUrl,
      mappings,
      sources,
      sourcesContent,
      names,
      ignoreList,
      lineOffset + offset.line,
      columnOffset + offset.column,
      sl,
      sc
    );
  }
}
function addSection(input, mapUrl, mappings, sources, sourcesContent, names, ignoreList, lineOffset, columnOffset, stopLine, stopColumn) {
  const parsed2 = parse(input);
  if ("sections" in parsed2) return recurse(...arguments);
  const map = new TraceMap(parsed2, mapUrl);
  const sourcesOffset = sources.length;
  const namesOffset = names.length;
  const decoded = decodedMappings(map);
  const { resolvedSources, sourcesContent: contents, ignoreList: ignores } = map;
  append(sources, resolvedSources);
  append(names, map.names);
  if (contents) append(sourcesContent, contents);
  else for (let i = 0; i < resolvedSources.length; i++) sourcesContent.push(null);
  if (ignores) for (let i = 0; i < ignores.length; i++) ignoreList.push(ignores[i] + sourcesOffset);
  for (let i = 0; i < decoded.length; i++) {
    const lineI = lineOffset + i;
    if (lineI > stopLine) return;
    const out = getLine(mappings, lineI);
    const cOffset = i === 0 ? columnOffset : 0;
    const line = decoded[i];
    for (let j = 0; j < line.length; j++) {
      const seg = line[j];
      const column = cOffset + seg[COLUMN];
      if (lineI === stopLine && column >= stopColumn) return;
      if (seg.length === 1) {
        out.push([column]);
        continue;
      }
      const sourcesIndex = sourcesOffset + seg[SOURCES_INDEX];
      const sourceLine = seg[SOURCE_LINE];
      const sourceColumn = seg[SOURCE_COLUMN];
      out.push(
        seg.length === 4 ? [column, sourcesIndex, sourceLine, sourceColumn] : [column, sourcesIndex, sourceLine, sourceColumn, namesOffset + seg[NAMES_INDEX]]
      );
    }
  }
}
function append(arr, other) {
  for (let i = 0; i < other.length; i++) arr.push(other[i]);
}
function getLine(arr, index) {
  for (let i = arr.length; i <= index; i++) arr[i] = [];
  return arr[index];
}
var LEAST_UPPER_BOUND = -1;
var GREATEST_LOWER_BOUND = 1;
var TraceMap = class {
  constructor(map, mapUrl) {
    const isString = typeof map === "string";
    if (!isString && map._decodedMemo) return map;
    const parsed2 = parse(map);
    const { version, file, names, sourceRoot, sources, sourcesContent } = parsed2;
    this.version = version;
    this.file = file;
    this.names = names || [];
    this.sourceRoot = sourceRoot;
    this.sources = sources;
    this.sourcesContent = sourcesContent;
    this.ignoreList = parsed2.ignoreList || parsed2.x_google_ignoreList || void 0;
    const resolve2 = resolver(mapUrl, sourceRoot);
    this.resolvedSources = sources.map(resolve2);
    const { mappings } = parsed2;
    if (typeof mappings === "string") {
      this._encoded = mappings;
      this._decoded = void 0;
    } else if (Array.isArray(mappings)) {
      this._encoded = void 0;
      this._decoded = maybeSort(mappings, isString);
    } else if (parsed2.sections) {
      throw new Error(`TraceMap passed sectioned source map, please use FlattenMap export instead`);
    } else {
      throw new Error(`invalid source map: ${JSON.stringify(parsed2)}`);
    }
    this._decodedMemo = memoizedState();
    this._bySources = void 0;
    this._bySourceMemos = void 0;
  }
};
function cast(map) {
  return map;
}
function decodedMappings(map) {
  var _a;
  return (_a = cast(map))._decoded || (_a._decoded = decode(cast(map)._encoded));
}
function traceSegment(map, line, column) {
  const decoded = decodedMappings(map);
  if (line >= decoded.length) return null;
  const segments = decoded[line];
  const index = traceSegmentInternal(
    segments,
    cast(map)._decodedMemo,
    line,
    column,
    GREATEST_LOWER_BOUND
  );
  return index === -1 ? null : segments[index];
}
function presortedDecodedMap(map, mapUrl) {
  const tracer = new TraceMap(clone(map, []), mapUrl);
  cast(tracer)._decoded = map.mappings;
  return tracer;
}
function clone(map, mappings) {
  return {
    version: map.version,
    file: map.file,
    names: map.names,
    sourceRoot: map.sourceRoot,
    sources: map.sources,
    sourcesContent: map.sourcesContent,
    mappings,
    ignoreList: map.ignoreList || map.x_google_ignoreList
  };
}
function traceSegmentInternal(segments, memo, line, column, bias) {
  let index = memoizedBinarySearch(segments, column, memo, line);
  if (found) {
    index = (bias === LEAST_UPPER_BOUND ? upperBound : lowerBound)(segments, column, index);
  } else if (bias === LEAST_UPPER_BOUND) index++;
  if (index === -1 || index === segments.length) return -1;
  return index;
}

// packages/core/src/sourcemap/binding.ts
var MAX_OCCURRENCES = 2e4;
var MAX_USES = 8;
var CONTEXT_CHARS = 48;
var KEY_USE_WORDS = ["apikey", "api_key", "api-key", "authorization", "bearer", "token", "secret", "key="];
var CONSTRUCTOR_ARGUMENT = /\bnew\s*[\w$.]{1,60}\(\s*$/;
var NOT_ASSIGNMENT = "=!<>";
var MAX_NAME_CHARS = 100;
var isIdentifierChar = (code) => code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 36 || code === 95 || code > 127;
var isQuote = (char) => char === '"' || char === "'" || char === "`";
function skipSpaceBack(text, from) {
  let i = from;
  while (i >= 0 && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i--;
  return i;
}
function identifierEndingAt(text, end) {
  let start = end + 1;
  while (start > 0 && end - start < MAX_NAME_CHARS && isIdentifierChar(text.charCodeAt(start - 1))) start--;
  if (start > end || text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57) return null;
  return { name: text.slice(start, end + 1), at: start };
}
function bindingOf(text, literalStart) {
  if (!isQuote(text[literalStart - 1])) return null;
  const before = skipSpaceBack(text, literalStart - 2);
  if (text[before] === "=" && !NOT_ASSIGNMENT.includes(text[before - 1] ?? "")) {
    const found2 = identifierEndingAt(text, skipSpaceBack(text, before - 1));
    if (!found2) return null;
    return { ...found2, kind: text[found2.at - 1] === "." ? "property" : "variable" };
  }
  if (text[before] === ":") {
    const end = skipSpaceBack(text, before - 1);
    if (!isQuote(text[end])) {
      const found2 = identifierEndingAt(text, end);
      return found2 && { ...found2, kind: "property" };
    }
    const open2 = text.lastIndexOf(text[end], end - 1);
    if (open2 === -1 || end - open2 > MAX_NAME_CHARS) return null;
    return { name: text.slice(open2 + 1, end), at: open2 + 1, kind: "property" };
  }
  return null;
}
var namesAKey = (text) => {
  const lower = text.toLowerCase();
  return KEY_USE_WORDS.some((word) => lower.includes(word));
};
function passesAKey(text, at) {
  const window = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  return namesAKey(window) || CONSTRUCTOR_ARGUMENT.test(window);
}
function keyUses(text, literalStart) {
  const binding = bindingOf(text, literalStart);
  if (!binding) return [];
  const uses = [];
  if (binding.kind === "property" && namesAKey(binding.name)) uses.push(binding.at);
  const needle = binding.kind === "property" ? `.${binding.name}` : binding.name;
  let seen = 0;
  for (let at = text.indexOf(needle); at !== -1 && seen < MAX_OCCURRENCES && uses.length < MAX_USES; at = text.indexOf(needle, at + needle.length)) {
    seen++;
    const use = binding.kind === "property" ? at + 1 : at;
    if (use === binding.at || isIdentifierChar(text.charCodeAt(at + needle.length))) continue;
    if (binding.kind === "variable") {
      const previous = text[at - 1];
      if (previous === "." || at > 0 && isIdentifierChar(text.charCodeAt(at - 1))) continue;
      if (text[at + needle.length] === ":" && (previous === "{" || previous === ",")) continue;
    }
    if (passesAKey(text, at)) uses.push(use);
  }
  return uses;
}

// packages/core/src/sourcemap/load.ts
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import path2 from "node:path";
var MAX_MAP_BYTES = 64 * 1024 * 1024;
var HIDDEN_MAP_FOLDERS = ["maps", "sourcemaps", ".maps"];
var MAP_COMMENT = "sourceMappingURL=";
var TAIL_BYTES = 4096;
async function readMapReference(absolute) {
  const fd = openSync(absolute, "r");
  try {
    const { size } = fstatSync(fd);
    const floor = Math.max(0, size - MAX_MAP_BYTES * 2);
    let start = size;
    let tail = "";
    for (let chunk = TAIL_BYTES; start > floor; chunk *= 4) {
      const from = Math.max(floor, start - chunk);
      const buffer = Buffer.alloc(start - from);
      readSync(fd, buffer, 0, buffer.length, from);
      tail = buffer.toString("latin1") + tail;
      start = from;
      if (tail.trimEnd().includes("\n")) break;
    }
    const lineStart = tail.trimEnd().lastIndexOf("\n") + 1;
    const at = tail.indexOf(MAP_COMMENT, lineStart);
    if (at < 2 || !/[#@]\s?$/.test(tail.slice(at - 2, at))) return null;
    const url = /^[^\s*'"]+/.exec(tail.slice(at + MAP_COMMENT.length, at + MAP_COMMENT.length + MAX_MAP_BYTES * 2))?.[0];
    if (!url) return null;
    return { url, offset: start + at };
  } finally {
    closeSync(fd);
  }
}
async function placeOfOffset(absolute, offset) {
  const handle = await open(absolute, "r");
  try {
    let line = 1;
    let lineStart = 0;
    const buffer = Buffer.alloc(1024 * 1024);
    for (let at = 0; at < offset; at += buffer.length) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, offset - at), at);
      if (bytesRead === 0) break;
      for (let nl = buffer.indexOf(10); nl !== -1 && nl < bytesRead; nl = buffer.indexOf(10, nl + 1)) {
        line++;
        lineStart = at + nl + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  } finally {
    await handle.close();
  }
}
function decodeDataUrl(url) {
  const comma2 = url.indexOf(",");
  if (!url.startsWith("data:") || comma2 === -1) return null;
  const meta = url.slice(5, comma2);
  const data = url.slice(comma2 + 1);
  try {
    return meta.endsWith(";base64") ? Buffer.from(data, "base64").toString("utf8") : decodeURIComponent(data);
  } catch {
    return null;
  }
}
function parseMap(text) {
  const json = JSON.parse(text.replace(/^\)\]\}'[^\n]*\n/, ""));
  if (typeof json !== "object" || json === null || json.version !== 3) throw new Error("not a version 3 source map");
  if (!Array.isArray(json.sources) && !Array.isArray(json.sections)) throw new Error('no "sources" or "sections"');
  return new FlattenMap(json);
}
async function loadMapFor(absolute, lookup, reference, worthParsing) {
  const shown = toPosix(path2.relative(lookup.root, absolute));
  const ref = reference === void 0 ? await readMapReference(absolute).catch(() => null) : reference;
  if (ref?.url.startsWith("data:")) {
    if (ref.url.length > MAX_MAP_BYTES * 1.4) return note(lookup, shown, "inline source map larger than the limit, not read");
    const text = decodeDataUrl(ref.url);
    if (text === null) return note(lookup, shown, "inline source map is not a readable data URL");
    if (worthParsing && !worthParsing(null, () => text)) return null;
    return parsed(lookup, `${shown} (inline map)`, text, path2.dirname(absolute));
  }
  if (ref && !/^[a-z][a-z0-9+.-]*:/i.test(ref.url)) {
    const mapFile = path2.resolve(path2.dirname(absolute), decodeURIComponentSafe(ref.url));
    if (!isInside(lookup.root, mapFile)) return note(lookup, shown, `sourceMappingURL points outside the workspace (${ref.url}), ignored`);
    if (existsSync(mapFile)) return loadMapFile(mapFile, lookup, void 0, worthParsing);
  }
  for (const candidate of hiddenMapCandidates(absolute, lookup.root)) {
    if (existsSync(candidate)) return loadMapFile(candidate, lookup, path2.dirname(absolute), worthParsing);
  }
  return null;
}
async function loadMapFile(mapFile, lookup, sourcesDir = path2.dirname(mapFile), worthParsing) {
  const shown = toPosix(path2.relative(lookup.root, mapFile));
  try {
    const real = realpathSync(mapFile);
    if (!isInside(lookup.root, real)) return note(lookup, shown, "source map links outside the workspace, not read");
    if (statSync(real).size > MAX_MAP_BYTES) return note(lookup, shown, `source map larger than ${MAX_MAP_BYTES / 1024 / 1024} MiB, not read`);
    let bytes;
    const read = () => bytes ??= readFileSync(real);
    if (worthParsing && !worthParsing(mapFile, () => read().toString("latin1"))) return null;
    return parsed(lookup, shown, read().toString("utf8"), sourcesDir);
  } catch (error) {
    return note(lookup, shown, `source map not readable (${error.message})`);
  }
}
function parsed(lookup, shownAs, text, dir) {
  try {
    return { map: parseMap(text), shownAs, dir };
  } catch (error) {
    const reason = error instanceof SyntaxError ? "not valid JSON" : error.message.slice(0, 120);
    return note(lookup, shownAs, `malformed source map (${reason}); findings keep their built-file location`);
  }
}
function note(lookup, file, message) {
  lookup.notes.push({ path: file, message: `${file}: ${message}` });
  return null;
}
function hiddenMapCandidates(absolute, root) {
  const candidates = [`${absolute}.map`];
  for (let dir = path2.dirname(absolute); isInside(root, dir); dir = path2.dirname(dir)) {
    const below = path2.relative(dir, absolute);
    for (const folder of HIDDEN_MAP_FOLDERS) candidates.push(path2.join(dir, folder, `${below}.map`));
    if (dir === root) break;
  }
  return candidates;
}
function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// packages/core/src/sourcemap/sources.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";
var NAMESPACED = /^(?:webpack|turbopack|rollup|vite):\/\/(?:\/\[project\]\/|\[project\]\/|[^/]*\/)/;
var VIRTUAL = /^(?:\0|\[turbopack\]|\[externals\]|webpack\/(?:runtime|bootstrap)|\(webpack\)|__vite|vite\/|external |ignored\||multi )/;
var SCHEME = /^[a-z][a-z0-9+.-]+:/i;
var WINDOWS_ABSOLUTE = /^(?:[a-z]:[\\/]|\\\\)/i;
var SOURCE_FOLDER = "src";
var OUTSIDE = "outside the workspace";
var NOT_FOUND = "not found in the workspace";
function resolveSource(source, context) {
  const raw = withSourceRoot(source.replace(/[?#].*$/, ""), context.sourceRoot);
  const namespaced = NAMESPACED.exec(raw);
  if (namespaced) {
    const rest = raw.slice(namespaced[0].length).replace(/^\.\//, "");
    if (rest === "" || VIRTUAL.test(rest)) return { dropped: `${source}: bundler-internal module` };
    if (path3.posix.isAbsolute(rest) || WINDOWS_ABSOLUTE.test(rest)) return absolutePath(source, rest, context);
    return inWorkspace(source, projectRelative(rest, context), context.root);
  }
  if (raw === "" || VIRTUAL.test(raw)) return { dropped: `${source}: bundler-internal module` };
  if (WINDOWS_ABSOLUTE.test(raw)) return absolutePath(source, raw, context);
  if (SCHEME.test(raw) && !raw.startsWith("file://")) return { dropped: `${source}: not a file path` };
  const plain = raw.startsWith("file://") ? decodeURIComponent(new URL(raw).pathname) : raw;
  if (path3.isAbsolute(plain)) return absolutePath(source, plain, context);
  return relativeToSomeFolder(source, plain, context);
}
function withSourceRoot(source, sourceRoot) {
  if (!sourceRoot || path3.isAbsolute(source) || WINDOWS_ABSOLUTE.test(source) || SCHEME.test(source)) return source;
  if (SCHEME.test(sourceRoot) && !WINDOWS_ABSOLUTE.test(sourceRoot)) return `${sourceRoot.endsWith("/") ? sourceRoot : `${sourceRoot}/`}${source.replace(/^(?:\.\/)+/, "")}`;
  return path3.posix.join(sourceRoot, source);
}
function inWorkspace(source, absolute, root) {
  return isInside(root, absolute) ? { file: toPosix(path3.relative(root, absolute)) } : { dropped: `${source}: ${OUTSIDE}` };
}
function relativeToSomeFolder(source, relative, context) {
  const { root, mapDir, exists: exists2 = existsSync2, offDisk } = context;
  const unclimbed = relative.replace(/^(?:\.\.?\/)+/, "");
  const literal = path3.resolve(mapDir, relative);
  if (!offDisk) {
    const found2 = (candidate) => isInside(root, candidate) && exists2(candidate);
    if (found2(literal)) return inWorkspace(source, literal, root);
    const projectFolders = [];
    for (let dir = mapDir; isInside(root, dir); dir = path3.dirname(dir)) {
      projectFolders.push(dir);
      if (dir === root) break;
    }
    for (const dir of projectFolders) {
      for (const candidate of [path3.resolve(dir, SOURCE_FOLDER, relative), path3.resolve(dir, relative)]) if (found2(candidate)) return inWorkspace(source, candidate, root);
    }
    if (unclimbed !== relative && unclimbed.includes("/")) {
      for (const dir of projectFolders) if (found2(path3.resolve(dir, unclimbed))) return inWorkspace(source, path3.resolve(dir, unclimbed), root);
    }
  }
  if (VIRTUAL.test(unclimbed)) return { dropped: `${source}: bundler-internal module` };
  if (!isInside(root, literal)) return { dropped: `${source}: ${OUTSIDE}` };
  return path3.relative(mapDir, literal).startsWith("..") ? inWorkspace(source, literal, root) : { dropped: `${source}: ${NOT_FOUND}` };
}
function absolutePath(source, absolute, context) {
  if (path3.isAbsolute(absolute) && isInside(context.root, absolute)) return inWorkspace(source, absolute, context.root);
  const segments = absolute.replace(/^[a-z]:/i, "").split(/[\\/]+/).filter(Boolean);
  const found2 = context.offDisk ? null : findUpward(segments, context, false);
  if (found2) return inWorkspace(source, found2, context.root);
  for (let skip = 0; skip < segments.length; skip++) if (VIRTUAL.test(segments.slice(skip).join("/"))) return { dropped: `${source}: bundler-internal module` };
  return { dropped: `${source}: ${OUTSIDE}` };
}
function projectRelative(relative, context) {
  if (context.offDisk) return path3.resolve(context.root, relative);
  return findUpward(relative.split("/"), context, true) ?? path3.resolve(context.root, relative);
}
function findUpward(segments, { root, mapDir, exists: exists2 = existsSync2 }, tryWhole) {
  for (let skip = 0; skip === 0 && tryWhole || segments.length - skip >= 2; skip++) {
    const rest = segments.slice(skip).join("/");
    for (let dir = mapDir; isInside(root, dir); dir = path3.dirname(dir)) {
      const candidate = path3.resolve(dir, rest);
      if (isInside(root, candidate) && exists2(candidate)) return candidate;
      if (dir === root) break;
    }
  }
  return null;
}

// packages/core/src/sourcemap/apply.ts
var MAX_SOURCE_BYTES = 2 * 1024 * 1024;
var MAX_IMPORTERS_NAMED = 3;
var IMPORT_SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"`])([^'"`\n]{1,200})\1/g;
var MAX_FOLLOWED_BYTES = 32 * 1024 * 1024;
var ORIGIN_UNKNOWN = " Origin unknown: the source map gives this key no place of its own (most often a bundler define or a framework env module, such as SvelteKit's $env/static/public, put it there); look for it in your env files and your bundler's define settings.";
var mayLeaveFolder = (name) => name.includes("..") || /^(?:[/\\]|[A-Za-z]:|file:)|:\/\/\/(?:\/|[A-Za-z]:)/.test(name);
var isOutside = (entry) => entry !== void 0 && "dropped" in entry && entry.dropped.endsWith(OUTSIDE);
async function applySourceMaps(findings, options) {
  const root = await realpath(options.root);
  const lookup = { root, notes: [] };
  const matcher = new TextMatcher({ knownSecrets: options.knownSecrets });
  const mapsByFile = /* @__PURE__ */ new Map();
  const sourcesByMap = /* @__PURE__ */ new WeakMap();
  const exists2 = existsInListings();
  const mapOf = (display, load) => {
    let pending = mapsByFile.get(display);
    if (!pending) mapsByFile.set(display, pending = load());
    return pending;
  };
  const knownReference = (display) => options.mapComments && !options.mapComments.has(display) ? null : void 0;
  const bundleMap = (display) => mapOf(display, () => loadMapFor(path4.join(root, display), lookup, knownReference(display)));
  const sourcesOf = (loaded) => {
    let sources = sourcesByMap.get(loaded);
    if (!sources) {
      const context = { root, mapDir: loaded.dir, sourceRoot: loaded.map.sourceRoot, exists: exists2 };
      const cache = [];
      const names = loaded.map.sources;
      const resolved = (index) => index < 0 || index >= names.length ? void 0 : cache[index] ??= resolveSource(names[index] ?? "", context);
      const rootMayClimb = mayLeaveFolder(loaded.map.sourceRoot ?? "");
      const outside = names.map((name, i) => (rootMayClimb || mayLeaveFolder(name ?? "")) && isOutside(resolveSource(name ?? "", { ...context, offDisk: true })) ? resolved(i) : void 0).filter(isOutside);
      if (outside.length > 0) {
        const first = outside[0].dropped.slice(0, -OUTSIDE.length - 2);
        const more = outside.length > 1 ? ` and ${outside.length - 1} more` : "";
        lookup.notes.push({ path: loaded.shownAs, message: `${loaded.shownAs}: source ${first}${more} outside the workspace, ignored` });
      }
      sources = { resolved, contents: loaded.map.sourcesContent ?? [] };
      sourcesByMap.set(loaded, sources);
    }
    return sources;
  };
  const secretsByMap = /* @__PURE__ */ new WeakMap();
  const secretsInSources = (loaded) => {
    let found2 = secretsByMap.get(loaded);
    if (!found2) {
      const { resolved, contents } = sourcesOf(loaded);
      found2 = [];
      for (const [i, content] of contents.entries()) {
        if (!content) continue;
        const text = Buffer.from(content, "utf8");
        if (!scanBuffer(text, "", matcher).some((f) => SECRET_RULE_IDS.has(f.ruleId))) continue;
        const source = resolved(i);
        const file = source && "file" in source ? source.file : null;
        for (const f of scanBuffer(text, file ?? "", matcher)) if (SECRET_RULE_IDS.has(f.ruleId)) found2.push({ ...f, origin: file ? f.location : null });
      }
      secretsByMap.set(loaded, found2);
    }
    return found2;
  };
  const importsByMap = /* @__PURE__ */ new WeakMap();
  const importsSeen = /* @__PURE__ */ new Map();
  let nextFile = 0;
  const sdkProviders = new Set(findings.flatMap((f) => f.ruleId === "no-client-ai-sdk" && f.provider ? [f.provider] : []));
  const mayImportSdk = (mapFile, text) => {
    const imported = mapFile !== null && options.mapImports?.has(mapFile) ? options.mapImports.get(mapFile) : sdkImportsInMapText(text());
    return imported === null || imported.some((provider) => sdkProviders.has(provider));
  };
  const direct = [];
  const echoes = [];
  let followed = null;
  for (const file of options.files) {
    if (!MAPPABLE.test(file.display)) continue;
    const seen = options.mapComments?.get(file.display);
    if (options.mapComments && seen !== "inline" && seen !== "unknown") continue;
    const reference = await readMapReference(file.absolute).catch(() => null);
    if (!reference?.url.startsWith("data:")) continue;
    const loaded = await loadMapFor(file.absolute, lookup, reference);
    if (!loaded) continue;
    const found2 = secretsInSources(loaded);
    if (found2.length === 0) continue;
    const comment = await placeOfOffset(file.absolute, reference.offset);
    echoes.push(...found2.map((f) => ({ ...f, location: { file: file.display, ...comment } })));
  }
  for (const finding of findings) {
    if (finding.location.file.endsWith(".map")) {
      if (!SECRET_RULE_IDS.has(finding.ruleId)) continue;
      const loaded2 = await mapOf(finding.location.file, () => loadMapFile(path4.join(root, finding.location.file), lookup));
      const origin = loaded2 ? secretsInSources(loaded2).find((f) => f.fingerprint === finding.fingerprint)?.origin : void 0;
      echoes.push(origin ? { ...finding, origin } : finding);
      continue;
    }
    const loaded = MAPPABLE.test(finding.location.file) ? await bundleMap(finding.location.file) : null;
    if (!loaded) {
      direct.push(finding);
      continue;
    }
    let mapped = { ...finding, origin: traceOrigin(loaded, sourcesOf(loaded), finding.location) ?? finding.origin };
    if (!mapped.origin) noteSourceNotFound(loaded, sourcesOf(loaded), finding.location, lookup.notes);
    if (SECRET_RULE_IDS.has(finding.ruleId) && (!mapped.origin || isDependency(mapped.origin))) mapped = await unmappedKeyOrigin(mapped, loaded, sourcesOf(loaded));
    if (finding.ruleId === "no-dangerously-allow-browser" && isSdkSource(mapped.origin)) continue;
    if (finding.ruleId === "no-client-ai-sdk" && finding.provider) {
      mapped = await withImporters(mapped, finding.provider, loaded);
    }
    direct.push(withOriginFingerprint(mapped));
  }
  for (const finding of options.keysAwaitingSource ?? []) {
    const loaded = MAPPABLE.test(finding.location.file) ? await bundleMap(finding.location.file) : null;
    const traced = loaded ? traceSource(loaded, sourcesOf(loaded), finding.location) : null;
    if (!loaded || !traced || !finding.provider) continue;
    const content = sourcesOf(loaded).contents[traced.sourceIndex] ?? readSmallSource(root, traced.origin.file);
    const line = content ? lineAt(content, traced.origin.line) : void 0;
    if (line !== void 0 && sourceLineNamesProvider(finding.provider, line)) direct.push({ ...finding, origin: traced.origin });
  }
  async function withImporters(finding, provider, own) {
    let importers = (await importsIn(own)).get(provider) ?? [];
    if (importers.length === 0) importers = await importersElsewhere(provider);
    const unique = dedupeBy(importers, (i) => i.file).slice(0, MAX_IMPORTERS_NAMED);
    if (unique.length === 0) return finding;
    return { ...finding, origin: unique[0], message: `${finding.message} Imported by ${unique.map((i) => i.file).join(", ")}.` };
  }
  async function importersElsewhere(provider) {
    while ((importsSeen.get(provider)?.length ?? 0) < MAX_IMPORTERS_NAMED && nextFile < options.files.length) {
      const file = options.files[nextFile++];
      if (!MAPPABLE.test(file.display)) continue;
      const other = await (mapsByFile.get(file.display) ?? loadMapFor(file.absolute, lookup, knownReference(file.display), mayImportSdk));
      if (!other) continue;
      for (const [imported, at] of await importsIn(other)) importsSeen.set(imported, (importsSeen.get(imported) ?? []).concat(at));
    }
    return importsSeen.get(provider) ?? [];
  }
  async function importsIn(loaded) {
    let found2 = importsByMap.get(loaded);
    if (found2) return found2;
    found2 = /* @__PURE__ */ new Map();
    const { resolved, contents } = sourcesOf(loaded);
    for (const [i, name] of loaded.map.sources.entries()) {
      if (name?.includes("node_modules/")) continue;
      const given = contents[i];
      const source = given ? null : resolved(i);
      if (source && (!("file" in source) || source.file.includes("node_modules/"))) continue;
      const content = given ?? (source && "file" in source ? readSmallSource(root, source.file) : null);
      if (!content) continue;
      const imports = sdkImports(content);
      if (imports.size === 0) continue;
      const at = source ?? resolved(i);
      if (!at || !("file" in at) || at.file.includes("node_modules/")) continue;
      for (const [provider, place] of imports) found2.set(provider, (found2.get(provider) ?? []).concat({ file: at.file, ...place }));
    }
    importsByMap.set(loaded, found2);
    return found2;
  }
  async function unmappedKeyOrigin(finding, loaded, sources) {
    const lines = builtLines(finding.location.file);
    const text = lines?.text ?? null;
    const start = lines ? lines.offsetOf(finding.location) : -1;
    const length = (finding.location.endColumn ?? 0) - finding.location.column;
    const literal = start === -1 || length <= 0 ? null : text.slice(start, start + length);
    if (literal === null || fingerprint(finding.ruleId, literal) !== finding.fingerprint) return unknownOrigin(finding);
    if (finding.origin && await sourceHolds(loaded, sources, finding.location, literal)) return finding;
    for (const use of keyUses(text, start)) {
      const origin = traceOrigin(loaded, sources, { file: finding.location.file, ...lines.placeOf(use) });
      if (origin && !isDependency(origin)) return { ...finding, origin };
    }
    return unknownOrigin(finding);
  }
  function builtLines(file) {
    if (followed?.file !== file) {
      let lines = null;
      try {
        const absolute = path4.join(root, file);
        if (statSync2(absolute).size <= MAX_FOLLOWED_BYTES) lines = new LineIndex(readFileSync2(absolute, "utf8"));
      } catch {
      }
      followed = { file, lines };
    }
    return followed.lines;
  }
  async function sourceHolds(loaded, sources, location, literal) {
    const place = tracePlace(loaded, location);
    if (!place) return false;
    const source = sources.resolved(place.index);
    const content = sources.contents[place.index] ?? (source && "file" in source ? readSmallSource(root, source.file) : null);
    return content?.includes(literal) ?? false;
  }
  const shownInBundles = new Set(direct.map((f) => f.fingerprint));
  const mapOnly = dedupeFindings(echoes.sort(compareFindings)).filter((f) => !shownInBundles.has(f.fingerprint));
  const notes = [...new Map(lookup.notes.map((n) => [n.message, n])).values()];
  return { findings: [...direct, ...mapOnly].sort(compareFindings), notes };
}
function existsInListings() {
  const listings = /* @__PURE__ */ new Map();
  const listing = (dir) => {
    let names = listings.get(dir);
    if (names === void 0) {
      const parent = path4.dirname(dir);
      const isThere = parent === dir || (listing(parent)?.has(path4.basename(dir)) ?? false);
      try {
        names = isThere ? new Set(readdirSync(dir)) : null;
      } catch {
        names = null;
      }
      listings.set(dir, names);
    }
    return names;
  };
  return (file) => {
    const dir = path4.dirname(file);
    return dir === file || (listing(dir)?.has(path4.basename(file)) ?? false);
  };
}
function withOriginFingerprint(finding) {
  if (!finding.origin || SECRET_RULE_IDS.has(finding.ruleId)) return finding;
  const what = finding.ruleId === "no-client-ai-sdk" ? finding.provider ?? "" : finding.evidence;
  return { ...finding, fingerprint: fingerprint(finding.ruleId, what, finding.origin.file, String(finding.origin.line)) };
}
function isSdkSource(origin) {
  const at = origin?.file.lastIndexOf("node_modules/") ?? -1;
  return at !== -1 && providerOfModule(origin.file.slice(at + "node_modules/".length)) !== void 0;
}
function tracePlace(loaded, location) {
  let segment;
  try {
    segment = traceSegment(loaded.map, location.line - 1, location.column - 1);
  } catch {
    return null;
  }
  if (!segment || segment.length < 4) return null;
  const [, index, line, column] = segment;
  return { index, line, column };
}
function traceOrigin(loaded, sources, location) {
  return traceSource(loaded, sources, location)?.origin ?? null;
}
function noteSourceNotFound(loaded, sources, location, notes) {
  const place = tracePlace(loaded, location);
  const source = place && sources.resolved(place.index);
  if (!source || !("dropped" in source) || !source.dropped.endsWith(NOT_FOUND)) return;
  const name = source.dropped.slice(0, -NOT_FOUND.length - 2);
  notes.push({ path: loaded.shownAs, message: `${loaded.shownAs}: source ${name} not found in the workspace; findings there keep their built-file location` });
}
var isDependency = (origin) => origin.file.includes("node_modules/");
var unknownOrigin = (finding) => ({ ...finding, origin: null, message: finding.message + ORIGIN_UNKNOWN });
function lineStartOf(text, line) {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) return -1;
    start = nl + 1;
  }
  return start;
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) this.starts.push(nl + 1);
  }
  text;
  starts = [0];
  /** 0-based offset of a 1-based line and UTF-16 column, or -1 past the end. */
  offsetOf(location) {
    const start = this.starts[location.line - 1];
    const offset = start === void 0 ? -1 : start + location.column - 1;
    return offset < this.text.length ? offset : -1;
  }
  /** 1-based line and column of an offset. */
  placeOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
};
function traceSource(loaded, sources, location) {
  const place = tracePlace(loaded, location);
  const source = place && sources.resolved(place.index);
  if (!place || !source || !("file" in source)) return null;
  return { origin: { file: source.file, line: place.line + 1, column: place.column + 1 }, sourceIndex: place.index };
}
function lineAt(content, line) {
  const start = lineStartOf(content, line);
  if (start === -1) return void 0;
  const end = content.indexOf("\n", start);
  return content.slice(start, end === -1 ? void 0 : end);
}
function sdkImports(content) {
  const found2 = /* @__PURE__ */ new Map();
  let line = 1;
  let counted = 0;
  IMPORT_SPECIFIER.lastIndex = 0;
  for (let match = IMPORT_SPECIFIER.exec(content); match; match = IMPORT_SPECIFIER.exec(content)) {
    const provider = providerOfModule(match[2])?.id;
    if (!provider || found2.has(provider)) continue;
    const lineStart = content.lastIndexOf("\n", match.index) + 1;
    if (/^\s*(?:import|export)\s+type\b/.test(content.slice(lineStart, match.index))) continue;
    for (let nl = content.indexOf("\n", counted); nl !== -1 && nl < match.index; nl = content.indexOf("\n", nl + 1)) line++;
    counted = match.index;
    found2.set(provider, { line, column: match.index - lineStart + 1 });
  }
  return found2;
}
function readSmallSource(root, file) {
  const absolute = path4.join(root, file);
  try {
    if (!existsSync3(absolute)) return null;
    const real = realpathSync2(absolute);
    if (!isInside(root, real) || statSync2(real).size > MAX_SOURCE_BYTES) return null;
    return readFileSync2(real, "utf8");
  } catch {
    return null;
  }
}
function dedupeBy(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => seen.has(key(item)) ? false : (seen.add(key(item)), true));
}

// packages/core/src/scan/pool.ts
import { existsSync as existsSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var POOL_THRESHOLD_BYTES = 24 * 1024 * 1024;
var MAX_WORKERS = 4;
function workerFile() {
  const here = new URL("./worker.js", import.meta.url);
  const candidates = import.meta.url.endsWith(".ts") ? [new URL("../../dist/scan/worker.js", import.meta.url)] : [here];
  return candidates.map((url) => fileURLToPath(url)).find((file) => existsSync4(file));
}
function scanThreads(files, workers = availableParallelism()) {
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const count = Math.min(workers, MAX_WORKERS, files.length);
  return count > 1 && totalBytes >= POOL_THRESHOLD_BYTES ? count : 1;
}
async function scanFilesPooled(files, options) {
  const workerCount = scanThreads(files, options.workers);
  const script = workerCount > 1 ? workerFile() : void 0;
  const sdkSeen = options.mapImports ? new Int32Array(script ? new SharedArrayBuffer(4) : new ArrayBuffer(4)) : void 0;
  if (!script) return scanFiles(files, new TextMatcher({ knownSecrets: options.knownSecrets }), void 0, sdkSeen);
  const isMap = (file) => file.display.endsWith(".map") ? 1 : 0;
  const ordered = [...files].sort((a, b) => isMap(a) - isMap(b) || b.size - a.size);
  const queue = new SharedArrayBuffer(4);
  const next = new Int32Array(queue);
  const workers = Array.from(
    { length: workerCount - 1 },
    () => new Promise((resolve2, reject) => {
      const worker = new Worker(script, { workerData: { files: ordered, queue, knownSecrets: options.knownSecrets ?? [], sdkSeen: sdkSeen?.buffer } });
      worker.once("message", (message) => {
        void worker.terminate();
        if (message.ok) resolve2(message.result);
        else reject(new Error(`scan worker failed: ${message.message}`));
      });
      worker.once("error", reject);
    })
  );
  const own = scanFilesSync(ordered, new TextMatcher({ knownSecrets: options.knownSecrets }), () => Atomics.add(next, 0, 1), sdkSeen);
  const results = [own, ...await Promise.all(workers)];
  return results.reduce((all, r) => ({
    findings: all.findings.concat(r.findings),
    errors: all.errors.concat(r.errors),
    bytes: all.bytes + r.bytes,
    scanned: all.scanned + r.scanned,
    binary: all.binary + r.binary,
    mapComments: all.mapComments.concat(r.mapComments),
    keysAwaitingSource: all.keysAwaitingSource.concat(r.keysAwaitingSource),
    mapImports: all.mapImports.concat(r.mapImports)
  }));
}

// packages/core/src/scan/scan-paths.ts
async function scanPaths(options) {
  const started = performance.now();
  const config = options.config ?? EMPTY_CONFIG;
  const walked = await walk(options.paths, { root: options.root, ignore: config.ignore });
  const scanned = await scanFilesPooled(walked.files, { knownSecrets: options.knownSecrets, workers: options.workers, mapImports: options.sourceMaps });
  const mapped = options.sourceMaps ? await applySourceMaps(scanned.findings, {
    root: options.root,
    files: walked.files,
    knownSecrets: options.knownSecrets,
    mapComments: new Map(scanned.mapComments),
    keysAwaitingSource: scanned.keysAwaitingSource,
    mapImports: new Map(scanned.mapImports)
  }) : { findings: scanned.findings, notes: [] };
  const allowedPrints = new Set(config.allow.map((a) => a.fingerprint));
  const findings = [];
  const allowed = [];
  for (const finding of onePerKey(mapped.findings).sort(compareFindings)) (allowedPrints.has(finding.fingerprint) ? allowed : findings).push(finding);
  return {
    findings,
    allowed,
    errors: [...walked.errors, ...scanned.errors],
    stats: { files: scanned.scanned, bytes: scanned.bytes, ms: Math.round(performance.now() - started), skipped: walked.skipped + scanned.binary },
    notes: mapped.notes,
    files: walked.files
  };
}

// packages/core/src/classify/classify.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import path7 from "node:path";

// packages/core/src/classify/astro-islands.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3, statSync as statSync3 } from "node:fs";
import path5 from "node:path";
var scans = /* @__PURE__ */ new Map();
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "dist", ".astro", ".git", ".vercel", ".netlify", ".output"]);
var MAX_ASTRO_FILES = 5e3;
var RESOLVE_EXTENSIONS = [".tsx", ".jsx", ".vue", ".svelte", ".ts", ".js", ".mjs"];
var IMPORT = /import\s+([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s*from\s*['"]([^'"]+)['"]/g;
var HYDRATED_TAG = /<([A-Z][\w$]*)(?:\.[\w$]+)?\b[^<>]*?\sclient:(load|idle|visible|media|only)\b/g;
function hydratedIslands(root) {
  const cached = scans.get(root);
  if (cached && !changed(cached)) return cached.islands;
  const scan = scanProject(root);
  scans.set(root, scan);
  return scan.islands;
}
function changed(scan) {
  for (const [file, mtime] of scan.mtimes) {
    try {
      if (statSync3(file).mtimeMs !== mtime) return true;
    } catch {
      return true;
    }
  }
  return false;
}
function scanProject(root) {
  const scan = { mtimes: /* @__PURE__ */ new Map(), islands: /* @__PURE__ */ new Map() };
  const pending = [root];
  let astroFiles = 0;
  while (pending.length > 0 && astroFiles < MAX_ASTRO_FILES) {
    const dir = pending.pop();
    let entries;
    try {
      scan.mtimes.set(dir, statSync3(dir).mtimeMs);
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path5.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) pending.push(full);
      } else if (entry.isFile() && entry.name.endsWith(".astro")) {
        astroFiles++;
        readAstroFile(full, root, scan);
      }
    }
  }
  return scan;
}
function readAstroFile(file, root, scan) {
  let text;
  try {
    scan.mtimes.set(file, statSync3(file).mtimeMs);
    text = readFileSync3(file, "utf8");
  } catch {
    return;
  }
  if (!text.includes("client:")) return;
  const imported = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3];
    if (match[1]) imported.set(match[1], specifier);
    for (const part of (match[2] ?? "").split(",")) {
      const local = part.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (local) imported.set(local, specifier);
    }
  }
  for (const match of text.matchAll(HYDRATED_TAG)) {
    const name = match[1];
    const specifier = imported.get(name);
    const target = specifier && resolveComponent(file, root, specifier);
    if (target && !scan.islands.has(target)) {
      scan.islands.set(target, `<${name} client:${match[2]}> in ${path5.relative(root, file).split(path5.sep).join("/")}`);
    }
  }
}
function resolveComponent(fromFile, root, specifier) {
  let base;
  if (specifier.startsWith("./") || specifier.startsWith("../")) base = path5.resolve(path5.dirname(fromFile), specifier);
  else if (specifier.startsWith("@/") || specifier.startsWith("~/")) base = path5.join(root, "src", specifier.slice(2));
  else if (specifier.startsWith("src/")) base = path5.join(root, specifier);
  else return void 0;
  const candidates = [base, ...RESOLVE_EXTENSIONS.map((ext) => base + ext), ...RESOLVE_EXTENSIONS.map((ext) => path5.join(base, `index${ext}`))];
  return candidates.find(isFile);
}
function isFile(candidate) {
  try {
    return statSync3(candidate).isFile();
  } catch {
    return false;
  }
}

// packages/core/src/classify/project.ts
import { readFileSync as readFileSync4, statSync as statSync4 } from "node:fs";
import path6 from "node:path";
var chainByDirectory = /* @__PURE__ */ new Map();
var packageJsons = /* @__PURE__ */ new Map();
function findProject(directory) {
  const chain = chainByDirectory.get(directory);
  if (chain) {
    const project = projectOf(chain);
    if (project) return project;
    chainByDirectory.delete(directory);
  }
  const fresh = walkUp(directory);
  chainByDirectory.set(directory, fresh);
  return projectOf(fresh) ?? { root: void 0, framework: void 0, problems: [] };
}
var MANIFEST_PLACES = ["manifest.json", "public/manifest.json", "src/manifest.json"];
function walkUp(directory) {
  const chain = [];
  for (let dir = directory; ; dir = path6.dirname(dir)) {
    const file = path6.join(dir, "package.json");
    const entry = readPackageJson(file);
    if (entry) {
      chain.push(file);
      if (entry.framework) break;
    }
    const manifest = MANIFEST_PLACES.map((place) => path6.join(dir, place)).find((candidate) => readPackageJson(candidate)?.framework);
    if (manifest) {
      chain.push(manifest);
      break;
    }
    if (path6.dirname(dir) === dir || path6.basename(dir) === "node_modules") break;
  }
  return chain;
}
function projectOf(chain) {
  const problems = [];
  for (const file of chain) {
    const entry = readPackageJson(file);
    if (!entry) return void 0;
    if (entry.problem) problems.push(entry.problem);
    if (entry.framework) return { root: projectRootOf(file), framework: entry.framework, problems };
  }
  const nearest = chain[0];
  return { root: nearest ? path6.dirname(nearest) : void 0, framework: void 0, problems };
}
function projectRootOf(file) {
  const dir = path6.dirname(file);
  if (path6.basename(file) !== "manifest.json") return dir;
  const parent = path6.basename(dir);
  return parent === "public" || parent === "src" ? path6.dirname(dir) : dir;
}
function readPackageJson(file) {
  let mtimeMs;
  try {
    const stats = statSync4(file);
    if (!stats.isFile()) return void 0;
    mtimeMs = stats.mtimeMs;
  } catch {
    packageJsons.delete(file);
    return void 0;
  }
  const cached = packageJsons.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  let entry;
  try {
    const manifest = JSON.parse(readFileSync4(file, "utf8"));
    if (path6.basename(file) === "manifest.json") {
      entry = { mtimeMs, framework: typeof manifest.manifest_version === "number" ? getFramework("browser-extension") : void 0, problem: void 0 };
    } else {
      const dependencies = { ...asRecord(manifest.devDependencies), ...asRecord(manifest.dependencies) };
      entry = { mtimeMs, framework: detectFramework(dependencies), problem: void 0 };
    }
  } catch (error) {
    if (path6.basename(file) === "manifest.json") return void 0;
    const reason = error instanceof Error ? error.message : String(error);
    entry = { mtimeMs, framework: void 0, problem: `${file}: cannot read dependencies (${reason}); framework detection skipped it` };
  }
  packageJsons.set(file, entry);
  return entry;
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

// packages/core/src/classify/classify.ts
var ASTRO_SCRIPT = /\.astro[/\\][^/\\]+$/;
var frameworkMatchers = /* @__PURE__ */ new Map();
var commonServerMatcher = compile(COMMON_SERVER_FILES);
var ISLAND_EXTENSIONS = /* @__PURE__ */ new Set([".vue", ".svelte", ".jsx", ".tsx"]);
var settingMatchers = /* @__PURE__ */ new Map();
function classifyFile(input) {
  const filename = path7.resolve(input.filename);
  const settings = input.settings ?? {};
  const project = findProject(path7.dirname(physicalPath(filename)));
  const framework = settings.framework ? getFramework(settings.framework) : project.framework;
  const root = project.root ?? input.cwd ?? process.cwd();
  const result = (side, by, reason) => ({ side, by, reason, framework, root, problems: project.problems });
  const fromRoot = toPosix2(path7.relative(root, filename));
  const fromCwd = toPosix2(path7.relative(input.cwd ?? process.cwd(), filename));
  if (settings.serverFiles?.length && matchesSetting(settings.serverFiles, fromRoot, fromCwd)) {
    return result("server", "setting", "listed in settings serverFiles");
  }
  if (settings.clientFiles?.length && matchesSetting(settings.clientFiles, fromRoot, fromCwd)) {
    return result("client", "setting", "listed in settings clientFiles");
  }
  if (ASTRO_SCRIPT.test(filename)) return result("client", "component", "a <script> in an Astro component");
  const extension = path7.extname(filename);
  if (extension === ".astro") return result("server", "component", "Astro frontmatter runs on the server");
  if (framework?.id === "astro" && ISLAND_EXTENSIONS.has(extension) && project.root) {
    const island = hydratedIslands(project.root).get(filename);
    if (island) return result("client", "component", `an Astro island (${island})`);
    if (extension === ".vue" || extension === ".svelte") return result("server", "component", "an Astro page renders it on the server (no client:* directive hydrates it)");
  }
  if (extension === ".vue") return result("client", "component", "a Vue component");
  if (extension === ".svelte") return result("client", "component", "a Svelte component");
  const directives = input.directives ?? [];
  if (directives.includes("use client")) return result("client", "directive", "'use client'");
  if (directives.includes("use server")) return result("server", "directive", "'use server'");
  const imports = input.imports ?? [];
  const shippedByPath = framework !== void 0 && matchersOf(framework).client(fromRoot) && !matchersOf(framework).server(fromRoot);
  for (const specifier of imports) {
    if (importListed(SERVER_MARKER_IMPORTS, specifier) && !shippedByPath) return result("server", "import", `imports '${specifier}'`);
    if (importListed(CLIENT_ONLY_IMPORTS, specifier)) return result("client", "import", `imports '${specifier}'`);
  }
  const signal = input.serverSignals?.[0];
  if (signal) return result("server", "code", signal);
  if (!framework?.serverExports) {
    const runtime = imports.find((specifier) => importListed(SERVER_RUNTIME_IMPORTS, specifier));
    if (runtime) return result("server", "code", `imports '${runtime}', a server framework`);
  }
  if (commonServerMatcher(fromRoot)) return result("server", "path", "a test, script, config or serverless function file, never bundled for the browser");
  if (!framework) return result("unknown", "default", "no framework found in package.json");
  const matchers = matchersOf(framework);
  if (matchers.server(fromRoot)) return result("server", "path", `a ${framework.name} server file`);
  if (matchers.client(fromRoot)) return result("client", "path", `a ${framework.name} client file`);
  switch (framework.defaultSide) {
    case "client":
      return result("client", "default", `${framework.name} source ships to the browser`);
    case "server":
      return result("server", "default", `${framework.name} files are server code unless marked 'use client'`);
    default:
      return result("unknown", "default", `${framework.name} file of unknown side`);
  }
}
var FRAMEWORK_IDS = FRAMEWORKS.map((f) => f.id);
function physicalPath(filename) {
  return ASTRO_SCRIPT.test(filename) ? filename.slice(0, filename.lastIndexOf(".astro") + ".astro".length) : filename;
}
function matchersOf(framework) {
  let matchers = frameworkMatchers.get(framework.id);
  if (!matchers) {
    matchers = { server: compile(framework.serverFiles), client: compile(framework.clientFiles) };
    frameworkMatchers.set(framework.id, matchers);
  }
  return matchers;
}
function matchesSetting(globs, fromRoot, fromCwd) {
  const key = JSON.stringify(globs);
  let matcher = settingMatchers.get(key);
  if (!matcher) {
    matcher = compile(globs);
    settingMatchers.set(key, matcher);
  }
  return matcher(fromRoot) || matcher(fromCwd);
}
function compile(globs) {
  if (globs.length === 0) return () => false;
  const matcher = (0, import_picomatch2.default)([...globs], { dot: true });
  return (relativePath) => matcher(relativePath);
}
function toPosix2(p) {
  return p.split(path7.sep).join("/");
}

// packages/core/src/discover/discover.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync as readdirSync3, readFileSync as readFileSync5, realpathSync as realpathSync3, statSync as statSync5 } from "node:fs";
import path8 from "node:path";

// packages/core/src/discover/static-config.ts
var MAX_CONFIG_BYTES = 256 * 1024;
var BEFORE_REGEX = /* @__PURE__ */ new Set(["(", ",", "=", ":", "[", "!", "&", "&&", "|", "||", "?", "??", "{", "}", ";", "=>", "return", "typeof", "+", "-", "*", "%", "<", ">"]);
var PUNCT_2 = /* @__PURE__ */ new Set(["=>", "&&", "||", "??", "?.", "==", "!=", "<=", ">=", "..."]);
function tokenize(text) {
  const tokens = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      i = readString(text, i, tokens);
    } else if (c === "/" && (tokens.length === 0 || BEFORE_REGEX.has(tokens[tokens.length - 1].value))) {
      const start = i;
      i = skipRegex(text, i);
      tokens.push({ kind: "regex", value: text.slice(start, i), start, end: i });
    } else if (/[\w$]/.test(c)) {
      const start = i;
      while (i < n && /[\w$]/.test(text[i])) i++;
      tokens.push({ kind: "name", value: text.slice(start, i), start, end: i });
    } else {
      const three = text.slice(i, i + 3);
      const two = text.slice(i, i + 2);
      const value = three === "..." ? three : PUNCT_2.has(two) ? two : c;
      tokens.push({ kind: "punct", value, start: i, end: i + value.length });
      i += value.length;
    }
  }
  return tokens;
}
function readString(text, start, tokens) {
  const quote = text[start];
  let value = "";
  let interpolated = false;
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    const c = text[i];
    if (c === "\\") {
      value += text[i + 1] ?? "";
      i += 2;
    } else if (quote === "`" && c === "$" && text[i + 1] === "{") {
      interpolated = true;
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text[i] === "{") depth++;
        else if (text[i] === "}") depth--;
        i++;
      }
    } else if (quote !== "`" && c === "\n") {
      break;
    } else {
      value += c;
      i++;
    }
  }
  tokens.push({ kind: "string", value, start, end: i + 1, interpolated });
  return i + 1;
}
function skipRegex(text, start) {
  let i = start + 1;
  let inClass = false;
  while (i < text.length && text[i] !== "\n") {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) break;
    i++;
  }
  i++;
  while (i < text.length && /[a-z]/.test(text[i])) i++;
  return i;
}
var PATH_CALLS = /* @__PURE__ */ new Set(["resolve", "join"]);
var DIR_NAMES = ["__dirname", "import.meta.dirname"];
var BEFORE_OBJECT = /* @__PURE__ */ new Set(["(", ",", "=", ":", "[", "?", "||", "&&", "??", "...", "return", "default", "satisfies"]);
var NOT_CALLEES = /* @__PURE__ */ new Set(["if", "for", "while", "switch", "catch", "function", "return", "typeof", "await"]);
function readConfigProperties(text) {
  const tokens = tokenize(text);
  const properties = [];
  let top;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.kind === "punct" && (t.value === "{" || t.value === "(" || t.value === "[")) {
      if (t.value === "(") {
        const callee = prev?.kind === "name" && !NOT_CALLEES.has(prev.value) ? prev.value : void 0;
        top = { kind: "paren", callee, parent: top };
      } else if (t.value === "[") {
        top = { kind: "bracket", parent: top };
      } else if (!prev || BEFORE_OBJECT.has(prev.value)) {
        const keyToken = prev?.value === ":" && top?.kind === "object" ? tokens[i - 2] : void 0;
        top = { kind: "object", key: keyToken && keyToken.kind !== "punct" ? keyToken.value : void 0, parent: top };
      } else {
        top = { kind: "block", parent: top };
      }
      continue;
    }
    if (t.kind === "punct" && (t.value === "}" || t.value === ")" || t.value === "]")) {
      top = top?.parent;
      continue;
    }
    if (top?.kind === "object" && t.kind !== "punct" && tokens[i + 1]?.value === ":" && (prev?.value === "{" || prev?.value === ",")) {
      const value = readValue(tokens, i + 2, text);
      if (value) properties.push({ path: [...keysAbove(top), t.value], callee: calleeOf(top), value });
    }
  }
  return properties;
}
function keysAbove(frame) {
  const keys = [];
  for (let f = frame; f?.kind === "object" && f.key !== void 0 && f.parent?.kind === "object"; f = f.parent) keys.unshift(f.key);
  return keys;
}
function calleeOf(frame) {
  let f = frame;
  while (f.kind === "object" && f.key !== void 0 && f.parent?.kind === "object") f = f.parent;
  return f.parent?.kind === "paren" ? f.parent.callee : void 0;
}
var MAX_VALUE_TOKENS = 64;
function readValue(tokens, from, text) {
  const first = tokens[from];
  if (!first || first.value === "{" || first.value === "," || first.value === "}") return void 0;
  let depth = 0;
  let end = from;
  const last = Math.min(tokens.length, from + MAX_VALUE_TOKENS);
  for (; end < last; end++) {
    const v = tokens[end].value;
    if (tokens[end].kind !== "punct") continue;
    if (v === "(" || v === "[" || v === "{") depth++;
    else if (v === ")" || v === "]" || v === "}") {
      if (depth === 0) break;
      depth--;
    } else if (v === "," && depth === 0) break;
  }
  const value = tokens.slice(from, end);
  const source = text.slice(first.start, tokens[end - 1]?.end ?? first.end).replace(/\s+/g, " ");
  if (value.length === 1 && first.kind === "string" && !first.interpolated) return { known: first.value, base: "project" };
  if (value.length === 3 && first.kind === "string" && !first.interpolated && (value[1].value === "as" || value[1].value === "satisfies")) return { known: first.value, base: "project" };
  const relative = pathFromLiterals(value);
  if (relative !== void 0) return { known: relative, base: "config-file" };
  return { computed: source.length > 80 ? `${source.slice(0, 77)}\u2026` : source };
}
function pathFromLiterals(value) {
  const text = value.map((t) => t.kind === "string" ? t.interpolated ? "\0" : JSON.stringify(t.value) : t.value).join(" ");
  if (text.includes("\0")) return void 0;
  const call = /^(?:path \. )?(\w+) \( (__dirname|import \. meta \. dirname) ((?:, "(?:[^"\\]|\\.)*" )+)(?:, )?\)$/.exec(text);
  if (call && PATH_CALLS.has(call[1]) && DIR_NAMES.includes(call[2].replace(/ /g, ""))) {
    const parts = [...call[3].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
    return parts.some((p) => p.startsWith("/")) ? void 0 : parts.join("/");
  }
  const url = /^(?:url \. )?fileURLToPath \( new URL \( ("(?:[^"\\]|\\.)*") , import \. meta \. url \) \)$/.exec(text);
  if (url) {
    const target = JSON.parse(url[1]);
    return target.startsWith("/") || /^[a-z]+:/i.test(target) ? void 0 : target;
  }
  return void 0;
}
function defaultImportName(text, sources) {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "string" || !sources.includes(t.value)) continue;
    if (tokens[i - 1]?.value === "from" && tokens[i - 2]?.kind === "name" && tokens[i - 3]?.value === "import") return { name: tokens[i - 2].value, source: t.value };
    if (tokens[i - 1]?.value === "(" && tokens[i - 2]?.value === "require" && tokens[i - 3]?.value === "=" && tokens[i - 4]?.kind === "name") return { name: tokens[i - 4].value, source: t.value };
  }
  return void 0;
}

// packages/core/src/discover/discover.ts
async function discoverClientOutput(workspace) {
  const root = realpathSync3(workspace);
  const discovery = { found: [], tried: [], notes: [] };
  const projects = listProjects(root, discovery.notes);
  const rootDeps = projects[0]?.packageJson?.dependencies ?? {};
  for (const project of projects) {
    const choices = projectOutput(root, project, rootDeps, discovery.notes);
    for (const choice of choices) pick(root, choice, discovery);
    if (project.dir === "" && choices.length === 0) {
      const generic = [...CLIENT_OUTPUT_DIRS, ...NEXT_PRERENDERED_GLOBS].map((p) => ({ scan: [{ path: p, from: "default folder" }] }));
      for (const group of generic) pick(root, [group], discovery);
    }
  }
  discovery.found = withoutNested(discovery.found);
  return discovery;
}
function pick(root, choice, discovery) {
  let picked = false;
  for (const group of choice) {
    for (const place of group.scan) if (!discovery.tried.some((t) => t.path === place.path)) discovery.tried.push(place);
    if (picked || group.when !== void 0 && !exists(root, group.when)) continue;
    const existing = group.scan.filter((p) => exists(root, import_picomatch3.default.scan(p.path).base));
    for (const place of existing) if (!discovery.found.some((f) => f.path === place.path)) discovery.found.push(place);
    picked = existing.length > 0;
  }
}
function exists(root, relative) {
  const absolute = path8.join(root, relative);
  try {
    return statSync5(absolute).isDirectory() && isInside(root, realpathSync3(absolute));
  } catch {
    return false;
  }
}
function withoutNested(places2) {
  const folder = (p) => import_picomatch3.default.scan(p.path).base;
  return places2.filter((p) => !places2.some((q) => q !== p && import_picomatch3.default.scan(q.path).isGlob === false && folder(p) !== folder(q) && isInside(folder(q), folder(p))));
}
function listProjects(root, notes) {
  const top = { dir: "", packageJson: readPackageJson2(root, "", notes) };
  const dirs = /* @__PURE__ */ new Set();
  for (const pattern of [...top.packageJson?.workspaces ?? [], ...pnpmWorkspaces(root)]) {
    for (const dir of expandWorkspaceGlob(root, pattern)) dirs.add(dir);
  }
  for (const name of childFolders(root, "")) {
    if (hasProjectFile(root, name)) dirs.add(name);
  }
  const projects = [top];
  for (const dir of [...dirs].sort()) {
    if (projects.length > MAX_DISCOVERED_PROJECTS) {
      notes.push(`more than ${MAX_DISCOVERED_PROJECTS} project folders: the rest were not looked at (name the build output: backend-only scan <path>)`);
      break;
    }
    projects.push({ dir, packageJson: readPackageJson2(root, dir, notes) });
  }
  return projects;
}
var PROJECT_FILES = /* @__PURE__ */ new Set(["package.json", ...BUILD_TOOLS.flatMap((t) => t.configFiles)]);
function hasProjectFile(root, dir) {
  try {
    return readdirSync3(path8.join(root, dir)).some((name) => PROJECT_FILES.has(name));
  } catch {
    return false;
  }
}
function childFolders(root, dir) {
  try {
    return readdirSync3(path8.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules").map((e) => dir ? `${dir}/${e.name}` : e.name).sort();
  } catch {
    return [];
  }
}
function expandWorkspaceGlob(root, pattern) {
  const clean = pattern.replace(/^\.\//, "").replace(/\/+$/, "");
  if (clean.startsWith("!") || clean.startsWith("/") || clean.split("/").includes("..")) return [];
  const star = clean.search(/[*?[{]/);
  if (star === -1) return hasProjectFile(root, clean) ? [clean] : [];
  const parent = clean.slice(0, star).replace(/\/[^/]*$/, "").replace(/\/$/, "");
  const match = (0, import_picomatch3.default)(clean.replace(/\*\*/g, "*"));
  return childFolders(root, parent).filter((d) => match(d) && hasProjectFile(root, d));
}
function pnpmWorkspaces(root) {
  const lines = (readSmall(root, "pnpm-workspace.yaml") ?? "").split(/\r?\n/);
  const start = lines.findIndex((line) => line.trimEnd() === "packages:");
  const patterns = [];
  for (const line of start === -1 ? [] : lines.slice(start + 1)) {
    const item = line.trim();
    if (item === "" || item.startsWith("#")) continue;
    if (!item.startsWith("-")) break;
    patterns.push(unquote(item.slice(1).replace(/\s#.*$/, "").trim()));
  }
  return patterns;
}
var unquote = (value) => value.replace(/^(["'])(.*)\1$/, "$2");
function readPackageJson2(root, dir, notes) {
  const file = dir ? `${dir}/package.json` : "package.json";
  const text = readSmall(root, file);
  if (text === void 0) return void 0;
  try {
    const json = JSON.parse(text);
    const record = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
    const ws = Array.isArray(json.workspaces) ? json.workspaces : record(json.workspaces).packages;
    return {
      dependencies: { ...record(json.peerDependencies), ...record(json.devDependencies), ...record(json.dependencies) },
      scripts: record(json.scripts),
      workspaces: Array.isArray(ws) ? ws.filter((w) => typeof w === "string") : []
    };
  } catch (error) {
    notes.push(`${file}: not valid JSON (${error.message}), its dependencies were not read`);
    return void 0;
  }
}
function projectOutput(root, project, rootDeps, notes) {
  const deps = project.packageJson?.dependencies ?? rootDeps;
  const ownConfig = (tool) => tool.configFiles.some((f) => isFile2(root, join(project.dir, f)));
  const uses = BUILD_TOOLS.filter(
    (tool) => tool.dependencies.some((d) => d in deps) && (project.packageJson !== void 0 || project.dir === "" || ownConfig(tool)) && (!tool.requiresFile || tool.requiresFile.some((f) => isFile2(root, join(project.dir, f))))
  );
  const superseded = new Set(uses.flatMap((tool) => tool.supersedes ?? []));
  const context = { root, dir: project.dir, notes, packageJson: project.packageJson };
  return uses.filter((tool) => !superseded.has(tool.id)).flatMap((tool) => outputOf(tool, context));
}
function outputOf(tool, c) {
  switch (tool.id) {
    case "next":
      return [nextOutput(tool, c)];
    case "vite":
      return [viteOutput(tool, c)];
    case "sveltekit":
      return [svelteKitOutput(tool, c)];
    case "angular":
      return angularOutput(tool, c);
    case "cra":
      return [craOutput(tool, c)];
    case "astro":
      return [astroOutput(tool, c)];
    default:
      return [settingOutput(tool, c)];
  }
}
function settingOutput(tool, c) {
  const config = readConfig(tool, c);
  const name = Object.keys(tool.settings)[0];
  const found2 = config && name ? setting(config, tool, name, c) : void 0;
  if (!found2) return fromDefaults(tool, c);
  const folder = tool.clientUnder ? `${found2.value}/${tool.clientUnder}` : found2.value;
  return [{ scan: places(c, [folder], describe(config, [tool.settings[name].key.join(".")])) }];
}
function astroOutput(tool, c) {
  const config = readConfig(tool, c);
  const outDir = config && setting(config, tool, "outDir", c);
  const client = config && setting(config, tool, "client", c);
  if (!outDir && !client) return fromDefaults(tool, c);
  const out = outDir?.value ?? "dist";
  const from = describe(config, [outDir && "outDir", client && "build.client"]);
  const server = resolveIn(c, `${out}/server`);
  return [{ scan: places(c, [`${out}/${client?.value ?? "client"}`], from), ...server ? { when: server } : {} }, { scan: places(c, [out], from) }];
}
function nextOutput(tool, c) {
  const config = readConfig(tool, c);
  const distDir = config && setting(config, tool, "distDir", c);
  const output = config && setting(config, tool, "output", c);
  if (!distDir && output?.value !== "export") return fromDefaults(tool, c);
  const dist = distDir?.value ?? ".next";
  const from = describe(config, [distDir && "distDir", output && "output"]);
  if (output?.value === "export") return [{ scan: places(c, [dist === ".next" ? "out" : dist], from) }];
  const under = (p) => `${dist}${p.slice(".next".length)}`;
  return [{ scan: places(c, [".next/static", ...NEXT_PRERENDERED_GLOBS].map(under), from) }, { scan: places(c, ["out"], "Next.js default") }];
}
function viteOutput(tool, c) {
  const config = readConfig(tool, c);
  const outDir = config && setting(config, tool, "outDir", c);
  const viteRoot = config && setting(config, tool, "root", c);
  const flag = buildScriptFlag(c, VITE_BUILD_COMMAND, VITE_OUTDIR_FLAGS);
  if (flag !== void 0) return [{ scan: places(c, [flag], `${join(c.dir, "package.json")} build script ${VITE_OUTDIR_FLAGS[0]}`) }];
  if (!outDir && !viteRoot) return fromDefaults(tool, c);
  const target = outDir?.base === "config-file" ? outDir.value : `${viteRoot?.value ?? "."}/${outDir?.value ?? "dist"}`;
  return [{ scan: places(c, [path8.posix.normalize(target)], describe(config, [outDir && "build.outDir", viteRoot && "root"])) }];
}
function buildScriptFlag(c, command, flags) {
  const script = c.packageJson?.scripts.build;
  if (typeof script !== "string") return void 0;
  const words = script.split(/\s+/);
  const start = words.findIndex((_, i) => command.every((w, k) => words[i + k] === w));
  if (start === -1) return void 0;
  for (let i = start + command.length; i < words.length && !/^(?:&&|\|\||;|\|)$/.test(words[i]); i++) {
    const word = words[i];
    const flag = flags.find((f) => word === f || word.startsWith(`${f}=`));
    if (flag) return unquote(word === flag ? words[i + 1] ?? "" : word.slice(flag.length + 1)) || void 0;
  }
  return void 0;
}
function svelteKitOutput(tool, c) {
  const file = tool.configFiles.find((f) => isFile2(c.root, join(c.dir, f)));
  const text = file && readConfigText(c, file);
  const fallback = [{ scan: places(c, SVELTEKIT_OUTPUT.scan, "SvelteKit default") }];
  if (!text || !file) return fallback;
  const adapter = defaultImportName(text, Object.keys(SVELTEKIT_ADAPTERS));
  if (!adapter) return fallback;
  const known = SVELTEKIT_ADAPTERS[adapter.source];
  const options = { ...known.options };
  const read = [];
  for (const p of readConfigProperties(text)) {
    if (p.callee !== adapter.name || p.path.length !== 1 || !(p.path[0] in known.options)) continue;
    if ("computed" in p.value) {
      c.notes.push(`${join(c.dir, file)}: ${adapter.source} option ${p.path[0]} is computed (${p.value.computed}), not read; looking at the SvelteKit default folders`);
      return fallback;
    }
    options[p.path[0]] = p.value.known;
    read.push(p.path[0]);
  }
  const from = read.length ? `${join(c.dir, file)} ${adapter.source} ${read.join(", ")}` : `${adapter.source} default`;
  return [{ scan: places(c, [...new Set(known.scan(options))], from) }, ...fallback];
}
function angularOutput(tool, c) {
  const file = join(c.dir, "angular.json");
  const text = readSmall(c.root, file);
  if (text === void 0) return [fromDefaults(tool, c)];
  let workspace;
  try {
    workspace = JSON.parse(withoutComments(text));
  } catch (error) {
    c.notes.push(`${file}: not valid JSON (${error.message}); looking at the Angular default folder`);
    return [fromDefaults(tool, c)];
  }
  const choices = [];
  for (const [name, project] of Object.entries(workspace.projects ?? {})) {
    const build = (project?.architect ?? project?.targets)?.build;
    if (!build || typeof build.builder !== "string") continue;
    const split = ANGULAR_SPLIT_BUILDERS.test(build.builder);
    const outputPath = build.options?.outputPath;
    const from = `${file} projects.${name}.architect.build.options.outputPath`;
    let folder;
    if (typeof outputPath === "string") folder = split ? `${outputPath}/browser` : outputPath;
    else if (outputPath && typeof outputPath === "object" && typeof outputPath.base === "string") {
      const { base, browser } = outputPath;
      folder = typeof browser === "string" ? browser ? `${base}/${browser}` : base : `${base}/browser`;
    } else if (outputPath === void 0) {
      choices.push([{ scan: places(c, [split ? `dist/${name}/browser` : `dist/${name}`], `Angular default for project ${name}`) }]);
      continue;
    } else {
      c.notes.push(`${from} is not a string or { base, browser }; project ${name} skipped`);
      continue;
    }
    choices.push([{ scan: places(c, [folder], from) }]);
  }
  return choices.length ? choices : [fromDefaults(tool, c)];
}
function craOutput(tool, c) {
  const script = c.packageJson?.scripts.build;
  const sources = [];
  const assignment = typeof script === "string" ? script.split(/[\s;&]+/).find((word) => word.startsWith(`${CRA_BUILD_PATH}=`)) : void 0;
  if (typeof script === "string") sources.push({ from: `${join(c.dir, "package.json")} build script ${CRA_BUILD_PATH}`, value: assignment?.slice(CRA_BUILD_PATH.length + 1) || void 0 });
  for (const env of CRA_ENV_FILES) sources.push({ from: `${join(c.dir, env)} ${CRA_BUILD_PATH}`, value: dotenvValue(readSmall(c.root, join(c.dir, env)), CRA_BUILD_PATH) });
  const first = sources.find((s) => s.value !== void 0);
  if (!first) return fromDefaults(tool, c);
  const value = unquote(first.value);
  if (/[$%]/.test(value)) {
    c.notes.push(`${first.from} is computed (${value}), not read; looking at the Create React App default folder`);
    return fromDefaults(tool, c);
  }
  return [{ scan: places(c, [value], first.from) }];
}
function dotenvValue(text, name) {
  for (const line of text?.split(/\r?\n/) ?? []) {
    const assignment = line.trim().replace(/^export\s+/, "");
    if (!assignment.startsWith(name)) continue;
    const rest = assignment.slice(name.length).trimStart();
    if (!rest.startsWith("=")) continue;
    const raw = rest.slice(1).trim();
    const value = /^["']/.test(raw) ? raw.slice(0, raw.indexOf(raw[0], 1) + 1 || void 0) : raw.replace(/\s#.*$/, "");
    return value || void 0;
  }
  return void 0;
}
function readConfig(tool, c) {
  const file = tool.configFiles.find((f) => isFile2(c.root, join(c.dir, f)));
  const text = file && readConfigText(c, file);
  return text ? { file: join(c.dir, file), properties: readConfigProperties(text) } : void 0;
}
function readConfigText(c, file) {
  const text = readSmall(c.root, join(c.dir, file));
  if (text === void 0 && isFile2(c.root, join(c.dir, file))) c.notes.push(`${join(c.dir, file)}: over ${MAX_CONFIG_BYTES / 1024} KB or unreadable, not read; looking at the default folders`);
  return text;
}
function setting(config, tool, name, c) {
  const spec = tool.settings[name];
  const matches = config.properties.filter((p) => holds(spec, p) && (same(p.path, spec.key) || p.path.length < spec.key.length && same(p.path, spec.key.slice(0, p.path.length)) && "computed" in p.value));
  const computed = matches.find((p) => "computed" in p.value);
  if (computed && "computed" in computed.value) {
    c.notes.push(`${config.file}: ${computed.path.join(".")} is computed (${computed.value.computed}), not read; looking at the ${tool.name} default folders`);
    return void 0;
  }
  const values = [...new Set(matches.map((p) => "known" in p.value ? p.value.known : ""))];
  if (values.length > 1) {
    c.notes.push(`${config.file}: ${spec.key.join(".")} is set to ${values.map((v) => `'${v}'`).join(" and ")} in different places; looking at the ${tool.name} default folders`);
    return void 0;
  }
  const first = matches[0];
  return first && "known" in first.value ? { value: first.value.known, base: first.value.base } : void 0;
}
function holds(spec, p) {
  if (spec.holder === "any") return true;
  if (spec.holder === "config") return p.callee === void 0 || CONFIG_WRAPPERS.includes(p.callee);
  return p.callee !== void 0 && spec.holder.call.includes(p.callee);
}
var same = (a, b) => a.length === b.length && a.every((k, i) => k === b[i]);
function describe(config, keys) {
  return `${config.file} ${keys.filter(Boolean).join(", ")}`;
}
function fromDefaults(tool, c) {
  return tool.defaults.map((g) => ({ scan: places(c, g.scan, `${tool.name} default`), when: g.when === void 0 ? void 0 : join(c.dir, g.when) }));
}
function places(c, values, from) {
  return values.flatMap((value) => {
    const relative = resolveIn(c, value);
    return relative === void 0 ? [] : [{ path: relative, from }];
  });
}
function resolveIn(c, value) {
  const absolute = path8.resolve(c.root, c.dir, value);
  if (!isInside(c.root, absolute)) {
    c.notes.push(`${value} (${c.dir ? `the build output of ${c.dir}` : "a build output"}) is outside the workspace, not scanned`);
    return void 0;
  }
  return toPosix(path8.relative(c.root, absolute)) || ".";
}
var join = (dir, file) => dir ? `${dir}/${file}` : file;
function isFile2(root, relative) {
  try {
    return lstatSync(path8.join(root, relative)).isFile();
  } catch {
    return false;
  }
}
function readSmall(root, relative) {
  const absolute = path8.join(root, relative);
  try {
    const info = lstatSync(absolute);
    if (!info.isFile() || info.size > MAX_CONFIG_BYTES) return void 0;
    return readFileSync5(absolute, "utf8");
  } catch {
    return void 0;
  }
}
function withoutComments(text) {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) => m.startsWith('"') ? m : "");
}
function describePlace(place) {
  return `${import_picomatch3.default.scan(place.path).isGlob || place.path.endsWith("/") ? place.path : `${place.path}/`} (${place.from})`;
}
function nothingFoundMessage(discovery, hint) {
  const notes = discovery.notes.length ? ` ${discovery.notes.map((n) => `Note: ${n}.`).join(" ")}` : "";
  return `no client build output found. Looked for: ${discovery.tried.map(describePlace).join(", ")}.${notes} Run the build first, or ${hint}.`;
}

export {
  compareFindings,
  isAtLeast,
  ConfigError,
  EMPTY_CONFIG,
  isEmailAddress,
  loadConfig,
  PUBLIC_ENV_PREFIXES,
  publicPrefixOf,
  secretEnvName,
  publicSecretEnvName,
  isBundlerConfigFile,
  isServerOnlyModule,
  isServerOnlySpecifier,
  SERVER_CALLS,
  LISTEN_PORT_NAME,
  ELECTRON_MAIN_MODULES,
  BILLABLE_API_PATHS,
  AI_SDK_CAP_NAMES,
  aiSdkMajor,
  isAiCallerModule,
  billableMethodOf,
  billableFunctionOf,
  billableConstructorOf,
  LIMITER_LIBRARIES,
  LIMITER_MODULES,
  DECLARATIVE_LIMITER_PACKAGES,
  LIMITER_METHODS,
  LIMITER_NAME,
  COUNTER_COMMANDS,
  EXPIRY_COMMANDS,
  TOO_MANY_REQUESTS_STATUS,
  REFUSAL_WORDS,
  QUOTA_NAMES,
  IP_HEADERS,
  AUTH_CALLS,
  AUTH_MEMBERS,
  AUTH_MEMBER_OBJECTS,
  RATE_LIMIT_FIXES,
  RATE_LIMIT_KEYS,
  ROUTE_METHODS,
  APP_FACTORIES,
  APP_NAMES,
  HANDLER_CALLS,
  RESOLVER_TYPES,
  COVERING_LAYERS,
  LAYER_EXTENSIONS,
  fileEndpointFor,
  ADMIN_APIS,
  ADMIN_PROVIDER_IDS,
  projectKeysUrl,
  describeOtherPlaces,
  scanPaths,
  toSarif,
  findProject,
  classifyFile,
  FRAMEWORK_IDS,
  discoverClientOutput,
  describePlace,
  nothingFoundMessage
};
