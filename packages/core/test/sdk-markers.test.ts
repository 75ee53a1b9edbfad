/**
 * The catalog's SDK fingerprints (`sdkMarkers`) checked against the real SDKs: each one is bundled for the
 * browser and minified by esbuild, the way a client chunk ships it, and the scanner must still recognise it.
 * The SDKs are installed as dependencies of examples/next-leaky, so esbuild resolves them from there.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { getProvider, scanBuffer, TextMatcher, type Finding, type ProviderId } from '@backend-only/core';

const SDK_HOME = fileURLToPath(new URL('../../../examples/next-leaky/', import.meta.url));

/** Bundles `entry` for the browser, minified, resolving packages from examples/next-leaky. */
async function browserBundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: SDK_HOME, loader: 'tsx' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function scan(bundle: string): Finding[] {
  return scanBuffer(Buffer.from(bundle), 'assets/chunk.js', new TextMatcher());
}

/** The catalog markers present in a bundle: what the scanner's SDK decision rests on. */
function markersIn(bundle: string, provider: ProviderId): string[] {
  return getProvider(provider).sdkMarkers.filter((marker) => bundle.includes(marker));
}

// Each SDK as an app uses it: construct the client with a key read from a public env variable.
const SDKS: { module: string; provider: ProviderId; entry: string }[] = [
  {
    module: 'openai',
    provider: 'openai',
    entry: "import OpenAI from 'openai'; export const client = new OpenAI({ apiKey: import.meta.env?.VITE_KEY });",
  },
  {
    module: '@anthropic-ai/sdk',
    provider: 'anthropic',
    entry: "import Anthropic from '@anthropic-ai/sdk'; export const client = new Anthropic({ apiKey: import.meta.env?.VITE_KEY });",
  },
  {
    module: '@google/genai',
    provider: 'google',
    entry: "import { GoogleGenAI } from '@google/genai'; export const client = new GoogleGenAI({ apiKey: import.meta.env?.VITE_KEY });",
  },
  {
    module: 'groq-sdk',
    provider: 'groq',
    entry: "import Groq from 'groq-sdk'; export const client = new Groq({ apiKey: import.meta.env?.VITE_KEY });",
  },
  // The Vercel AI SDK's providers talk to the same APIs with the same secret keys.
  {
    module: '@ai-sdk/openai',
    provider: 'openai',
    entry: "import { createOpenAI } from '@ai-sdk/openai'; export const openai = createOpenAI({ apiKey: import.meta.env?.VITE_KEY });",
  },
  {
    module: '@ai-sdk/anthropic',
    provider: 'anthropic',
    entry: "import { createAnthropic } from '@ai-sdk/anthropic'; export const anthropic = createAnthropic({ apiKey: import.meta.env?.VITE_KEY });",
  },
];

describe('SDK fingerprints in minified browser bundles', () => {
  it.each(SDKS)('$module bundled for the browser is reported as the $provider SDK, and as no other', async ({ provider, entry }) => {
    const bundle = await browserBundle(entry);
    expect(markersIn(bundle, provider).length).toBeGreaterThanOrEqual(getProvider(provider).sdkMarkersRequired);

    const sdkFindings = scan(bundle).filter((f) => f.ruleId === 'no-client-ai-sdk');
    expect(sdkFindings.map((f) => f.provider)).toEqual([provider]);
    expect(sdkFindings[0]!.severity).toBe('error');
  });

  it('a plain React app (no AI SDK) reports nothing', async () => {
    const bundle = await browserBundle(`
      import { useState } from 'react';
      import { createRoot } from 'react-dom/client';
      function Counter() {
        const [count, setCount] = useState(0);
        return <button onClick={() => setCount(count + 1)}>{count}</button>;
      }
      createRoot(document.getElementById('root')).render(<Counter />);
    `);
    expect(bundle.length).toBeGreaterThan(100_000); // React and ReactDOM really are in it
    expect(scan(bundle)).toEqual([]);
  });
});
