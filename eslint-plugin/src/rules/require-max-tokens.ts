import path from 'node:path';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  AI_SDK_CAP_NAMES,
  aiSdkMajor,
  billableConstructorOf,
  billableFunctionOf,
  billableMethodOf,
  isAiCallerModule,
  providerOfModule,
  publicSecretEnvName,
  type OutputCap,
} from '@backend-only/core';
import { createRule } from '../util/create-rule.js';
import { propertyName, unwrap } from '../util/ast.js';
import type { AstNode } from '../util/import-graph/module-facts.js';
import { FIRST_PARTY, memberChain } from '../util/cost/facts.js';
import { dependencyRange } from '../util/cost/package-deps.js';
import { RequestData, usesCallersKey } from '../util/cost/request-data.js';
import { fileSideOf } from '../util/client-side.js';
import { getEnvReads } from '../util/env-reads.js';

export type MessageIds = 'missingCap' | 'capFromRequest' | 'optionsFromRequest' | 'modelFromRequest' | 'renamedCap';

/** How far the rule follows `const` options objects and spreads. */
const MAX_DEPTH = 5;

interface Options {
  /** Properties by name; the last write wins, as in JavaScript. */
  properties: Map<string, TSESTree.Property>;
  /** False when a spread or a value the rule cannot see into may hold more properties. */
  complete: boolean;
  /** A spread or the whole object taken from the request. */
  fromRequest: TSESTree.Node | undefined;
}

/** Where a call takes its options and its cap. */
interface CapSite {
  id: string;
  cap: OutputCap;
  options: TSESTree.Node | undefined;
  /** The AI SDK: its cap name depends on the installed major version. */
  aiSdk: boolean;
  /** The client comes from a project module: it may be the project's own wrapper with its own arguments. */
  wrapped?: boolean;
}

export default createRule<[], MessageIds>({
  name: 'require-max-tokens',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a server-set output cap on AI calls, and no cap, model or options taken from the request',
      recommended: true,
      strict: true,
    },
    schema: [],
    defaultOptions: [],
    messages: {
      missingCap:
        '`{{call}}` sets no output cap, so one request can be billed for the model\'s whole output window. Add `{{cap}}` with a constant that fits the feature (e.g. `{{cap}}: 1024`).',
      capFromRequest:
        '`{{call}}` takes `{{cap}}` from the request, so the caller picks how much you pay per call. Set it on the server (a constant, or `Math.min(requested, LIMIT)`).',
      optionsFromRequest:
        '`{{call}}` passes request data straight through as its options, so the caller picks the model, the cap and everything else you pay for. Build the options on the server: pick the fields you allow and set `{{cap}}` yourself.',
      modelFromRequest:
        '`{{call}}` takes its model from the request without checking it against a list, so a caller can switch to the most expensive model. Check the name against the models you allow (or map an id to a model on the server).',
      renamedCap:
        '`{{call}}` sets `maxTokens`, which AI SDK {{major}} no longer reads (it was renamed `maxOutputTokens` in v5), so the call has no cap. Rename it to `maxOutputTokens`.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    // Cheap first: every billable shape needs one of these in the text.
    if (!/completions|responses\.|messages\.|generateContent|sendMessage|createChatCompletion|createCompletion|chat\.(?:complete|stream)|from\s*['"](?:ai|@langchain\/|langchain\/)/.test(text)) return {};
    // A call made in the browser is a leaked key, reported where it leaks (the SDK import, the public env name,
    // the opt-in): capping it would not stop anyone who has the key, and a second report would hide the first.
    if (runsInBrowser(context, text)) return {};
    const imports = new Map<string, { specifier: string; imported: string }>();
    let usesAiSdk = false;
    for (const statement of sourceCode.ast.body) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
      const specifier = statement.source.value;
      if (isAiCallerModule(specifier, providerOfModule)) usesAiSdk = true;
      for (const s of statement.specifiers) {
        const imported = s.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default' : s.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? '*' : s.imported.type === AST_NODE_TYPES.Identifier ? s.imported.name : s.imported.value;
        imports.set(s.local.name, { specifier, imported });
      }
    }
    let aiSdkMajorVersion: number | undefined | null = null;
    const aiMajor = () => {
      if (aiSdkMajorVersion === null) aiSdkMajorVersion = path.isAbsolute(context.physicalFilename) ? aiSdkMajor(dependencyRange(path.dirname(context.physicalFilename), 'ai')) : undefined;
      return aiSdkMajorVersion;
    };

    function capSiteOf(node: TSESTree.CallExpression | TSESTree.NewExpression): CapSite | undefined {
      const callee = unwrap(node.callee);
      const options = node.arguments[0];
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const binding = imports.get(callee.name);
        if (!binding) return undefined;
        if (node.type === AST_NODE_TYPES.CallExpression) {
          const fn = billableFunctionOf(binding.specifier, binding.imported);
          if (fn?.cap) return { id: fn.id, cap: fn.cap === 'ai-sdk' ? { names: [] } : fn.cap, options, aiSdk: fn.cap === 'ai-sdk' };
        } else {
          const ctor = billableConstructorOf(binding.specifier, binding.imported);
          if (ctor?.cap) return { id: ctor.id, cap: ctor.cap, options, aiSdk: false };
        }
        return undefined;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression || node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const { names, base } = memberChain(callee as unknown as AstNode);
      if (base?.type === 'Identifier' && names.length === 1) {
        const binding = imports.get(base.name as string);
        const fn = binding?.imported === '*' ? billableFunctionOf(binding.specifier, names[0] as string) : undefined;
        if (fn?.cap) return { id: fn.id, cap: fn.cap === 'ai-sdk' ? { names: [] } : fn.cap, options, aiSdk: fn.cap === 'ai-sdk' };
      }
      const method = billableMethodOf(names);
      if (!method?.cap || (!method.distinctive && !usesAiSdk)) return undefined;
      const receiver = base?.type === 'Identifier' ? `${base.name as string}.` : '';
      const binding = base?.type === 'Identifier' ? imports.get(base.name as string) : undefined;
      const wrapped = binding !== undefined && FIRST_PARTY.test(binding.specifier);
      return { id: `${receiver}${names.slice(names.length - method.path.length).join('.')}`, cap: method.cap, options, aiSdk: false, wrapped };
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const site = capSiteOf(node);
      if (!site) return;
      const request = new RequestData(node as unknown as AstNode);
      // The caller's own key pays for what the caller asks (bring your own key): nothing to cap for them.
      if (request.outermostFunction && usesCallersKey(request.outermostFunction)) return;
      const fromRequest = (value: TSESTree.Node) => request.isFromRequest(value as unknown as AstNode);
      const capNames = site.aiSdk ? aiSdkCapNames(aiMajor()) : site.cap.names;
      const capLabel = capNames[0] ?? 'maxOutputTokens';
      const data = { call: site.id, cap: capLabel };
      if (!site.options || site.options.type === AST_NODE_TYPES.SpreadElement) return;
      // `openAI.createChatCompletion(messages)` on a project's own wrapper takes what the wrapper takes: only an
      // options object written here says it is the SDK's.
      if (site.wrapped && unwrap(site.options).type !== AST_NODE_TYPES.ObjectExpression) return;
      const options = readOptions(site.options, sourceCode.getScope(node), fromRequest);
      if (options.fromRequest) {
        context.report({ node: options.fromRequest, messageId: 'optionsFromRequest', data });
        return;
      }
      const model = options.properties.get('model');
      if (model && fromRequest(model.value) && !request.isChecked(model.value as unknown as AstNode)) {
        context.report({ node: model, messageId: 'modelFromRequest', data });
      }
      // The cap: top level, or inside `config` / `generationConfig` (Gemini).
      let holder = options;
      if (site.cap.inside) {
        const inner = options.properties.get(site.cap.inside);
        if (!inner) {
          // @google/generative-ai sets it on getGenerativeModel(); the rule cannot see that from here.
          if (site.cap.inside === 'generationConfig' || !options.complete) return;
          if (!site.cap.defaultCapped) context.report({ node: site.options, messageId: 'missingCap', data: { ...data, cap: `${site.cap.inside}.${capLabel}` } });
          return;
        }
        holder = readOptions(inner.value, sourceCode.getScope(node), fromRequest);
      }
      const cap = capNames.map((name) => holder.properties.get(name)).find(Boolean);
      if (cap) {
        if (fromRequest(cap.value)) context.report({ node: cap, messageId: 'capFromRequest', data: { ...data, cap: propertyName(cap) ?? capLabel } });
        return;
      }
      const major = site.aiSdk ? aiMajor() : undefined;
      const oldName = site.aiSdk && major !== undefined && major >= 5 ? holder.properties.get(AI_SDK_CAP_NAMES[4]) : undefined;
      if (oldName) {
        context.report({ node: oldName, messageId: 'renamedCap', data: { ...data, major: String(major) } });
        return;
      }
      if (!holder.complete || site.cap.defaultCapped) return;
      context.report({ node: site.options, messageId: 'missingCap', data: { ...data, cap: site.cap.inside ? `${site.cap.inside}.${capLabel}` : capLabel } });
    }

    return { CallExpression: check, NewExpression: check };
  },
});

/**
 * Code that ships to browsers: a client file, or a module whose own client is built for the browser
 * (`dangerouslyAllowBrowser`, a key read from a browser-exposed env name such as `NEXT_PUBLIC_OPENAI_API_KEY`).
 */
function runsInBrowser(context: Readonly<TSESLint.RuleContext<MessageIds, []>>, text: string): boolean {
  if (fileSideOf(context).side === 'client') return true;
  if (/dangerouslyAllowBrowser\s*:(?!\s*false\b)/.test(text)) return true;
  return getEnvReads(context).some((read) => read.name !== undefined && publicSecretEnvName(read.name) !== undefined);
}

/** v4 and older read `maxTokens`, v5+ `maxOutputTokens`; an unknown version accepts either. */
function aiSdkCapNames(major: number | undefined): string[] {
  if (major === undefined) return [AI_SDK_CAP_NAMES[5], AI_SDK_CAP_NAMES[4]];
  return major >= 5 ? [AI_SDK_CAP_NAMES[5]] : [AI_SDK_CAP_NAMES[4]];
}

/** The options object's properties, through `const` objects and spreads. */
function readOptions(expression: TSESTree.Node, scope: TSESLint.Scope.Scope, fromRequest: (node: TSESTree.Node) => boolean): Options {
  const options: Options = { properties: new Map(), complete: true, fromRequest: undefined };
  /** `at`: what to report when this value turns out to be request data (the spread, or the value itself). */
  const visit = (value: TSESTree.Node, depth: number, at: TSESTree.Node = value): void => {
    const node = unwrap(value);
    if (depth > MAX_DEPTH) {
      options.complete = false;
      return;
    }
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      for (const member of node.properties) {
        if (member.type === AST_NODE_TYPES.SpreadElement) {
          visit(member.argument, depth + 1, member);
          continue;
        }
        const name = propertyName(member);
        if (name === undefined) options.complete = false;
        else options.properties.set(name, member);
      }
      return;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      const def = ASTUtils.findVariable(scope, node)?.defs[0];
      if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.id === def.name && def.node.init) {
        visit(def.node.init, depth + 1, at === value ? expression : at);
        return;
      }
    }
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      visit(node.consequent, depth + 1, at);
      visit(node.alternate, depth + 1, at);
      return;
    }
    // `...(isQwen && { … })`: a condition picks a server-side object; `a ?? b` may be either side.
    if (node.type === AST_NODE_TYPES.LogicalExpression) {
      if (node.operator !== '&&') visit(node.left, depth + 1, at);
      visit(node.right, depth + 1, at);
      return;
    }
    // `await req.json()`, `req.body`, `...body`: the caller's data as the options.
    if (fromRequest(node)) options.fromRequest ??= at;
    else options.complete = false;
  };
  visit(expression, 0);
  return options;
}
