import { describe, expect, it } from 'vitest';
import { KEY_SHAPES, TextMatcher, getProvider, keyHitStands, redact, scanBuffer, shapePrefix } from '../src/index.js';
import { exportedForTesting } from '../src/scan/matcher.js';
import { OPENAI_MARKER, fakeKeys, randomChars } from './helpers/fake-keys.js';

const matcher = new TextMatcher();
/** The keys a file holding only `text` reports (a key that needs file context looks for it in `text`). */
const keysIn = (text: string) => matcher.scan(text).filter((h) => h.kind === 'key' && keyHitStands(h, (literal) => text.includes(literal)));

describe('key shapes', () => {
  it.each(fakeKeys().map((k) => [k.shapeId, k] as const))('finds a %s key with its shape and provider', (_id, fake) => {
    const hits = keysIn(`const k = "${fake.key}";`);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.shape!.id).toBe(fake.shapeId);
    expect(hits[0]!.provider).toBe(fake.provider);
    expect(hits[0]!.secret).toBe(fake.key);
    expect(hits[0]!.offset).toBe(11);
  });

  it('has a fake key for every standalone shape, so none goes untested', () => {
    const tested = new Set(fakeKeys().map((k) => k.shapeId));
    const standalone = KEY_SHAPES.filter((s) => !s.requiresContext && !s.id.startsWith('anthropic-oauth') && s.id !== 'huggingface-org');
    expect(standalone.map((s) => s.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  const nearMisses: [string, string][] = [
    ['a project key one character short on one side', 'sk-' + 'proj-' + randomChars(74) + OPENAI_MARKER + randomChars(73)],
    ['a project key with unequal sides', 'sk-' + 'proj-' + randomChars(58) + OPENAI_MARKER + randomChars(74)],
    ['a legacy key without the marker', 'sk-' + randomChars(48)],
    ['a legacy key with a broken marker', 'sk-' + randomChars(20) + 'T3BlbkFK' + randomChars(20)],
    ['an Anthropic key not ending in AA', 'sk-' + 'ant-api03-' + randomChars(93) + 'AB'],
    ['an Anthropic key with 90 characters before AA', 'sk-' + 'ant-api03-' + randomChars(90) + 'AA'],
    ['an Anthropic key with 94 characters before AA', 'sk-' + 'ant-api03-' + randomChars(94) + 'AA'],
    ['an Anthropic key of another version', 'sk-' + 'ant-api04-' + randomChars(93) + 'AA'],
    ['an xAI key one short', 'xai' + '-' + randomChars(79)],
    ['an OpenRouter key one hex short', 'sk-' + 'or-v1-' + randomChars(63, '0123456789abcdef')],
    ['a Groq key one short', 'gsk' + '_' + randomChars(51)],
    ['an OpenRouter key with uppercase hex', 'sk-' + 'or-v1-' + randomChars(64, 'ABCDEF0123456789')],
    ['a Hugging Face token one long', 'hf' + '_' + randomChars(35)],
    ['a DeepSeek-shaped key with no DeepSeek context', 'sk-' + randomChars(32, '0123456789abcdef')],
    ['a Google key with no Gemini context', 'AIza' + randomChars(35)],
  ];
  it.each(nearMisses)('does not report %s', (_why, text) => {
    expect(keysIn(`x="${text}"`)).toEqual([]);
  });

  it('does not report a key-shaped run inside a longer token', () => {
    const key = fakeKeys()[0]!.key;
    expect(keysIn(`"${key}Z"`)).toEqual([]);
    expect(keysIn(`"task${key}"`)).toEqual([]);
  });
});

describe('boundaries: a key ends where a character outside [A-Za-z0-9_-] begins', () => {
  const key = fakeKeys()[0]!.key;
  const contexts: [string, string][] = [
    ['double quotes', `const k="${key}"`],
    ['single quotes', `const k='${key}'`],
    ['a template literal', 'fetch(u,{headers:{Authorization:`Bearer ' + key + '`}})'],
    ['an escaped quote (JSON inside a string)', `self.__next_f.push([1,"{\\"key\\":\\"${key}\\"}"])`],
    ['a source map sourcesContent line', `{"sourcesContent":["const k = \\"${key}\\";\\n"]}`],
    ['right after a \\n escape', `"line one\\n${key}\\nline two"`],
    ['a URL query followed by &', `https://x.test/?key=${key}&v=1`],
    ['a URL query followed by ,', `u="?key=${key},"`],
    ['a line end', `KEY=${key}\nNEXT=1`],
    ['the end of the text', `KEY=${key}`],
    ['minified object code', `{apiKey:"${key}",dangerouslyAllowBrowser:!0}`],
  ];
  it.each(contexts)('finds it in %s', (_why, text) => {
    const hits = keysIn(text);
    expect(hits.map((h) => h.secret)).toEqual([key]);
    expect(text.slice(hits[0]!.offset, hits[0]!.offset + key.length)).toBe(key);
  });
});

describe('public by design and placeholders are never reported', () => {
  const cases: [string, string][] = [
    ['sk-...', 'const k = "sk-..."'],
    ['sk-your-key-here', 'OPENAI_API_KEY=sk-your-key-here'],
    ['an all-x key', 'sk-' + 'proj-' + 'x'.repeat(74) + OPENAI_MARKER + 'x'.repeat(74)],
    ['a your_key placeholder in key shape', 'sk-' + 'proj-' + 'your_openai_key_goes_here_' + randomChars(48) + OPENAI_MARKER + randomChars(74)],
    ['an OpenAI Realtime ephemeral token', `{"client_secret":{"value":"ek_${randomChars(32, '0123456789abcdef')}"}}`],
    ['a Firebase web config key', `firebaseConfig={apiKey:"AIza${randomChars(35)}",authDomain:"x.firebaseapp.com"}`],
    ['a Stripe publishable key', `Stripe("pk_live_${randomChars(24)}")`],
  ];
  it.each(cases)('%s', (_why, text) => {
    expect(keysIn(text)).toEqual([]);
  });
});

describe('contextual shapes', () => {
  it('reports a Google key next to Gemini code', () => {
    const hits = keysIn(`new GoogleGenerativeAI("AIza${randomChars(35)}")`);
    expect(hits.map((h) => h.shape?.id)).toEqual(['google-api']);
  });
  it('reports a DeepSeek key next to its host', () => {
    const hits = keysIn(`fetch("https://api.deepseek.com/chat",{headers:{Authorization:"Bearer sk-${randomChars(32, '0123456789abcdef')}"}})`);
    expect(hits.map((h) => h.shape?.id)).toEqual(['deepseek-api']);
  });
});

describe('Google AIza keys: Gemini (an error) or Firebase web config and Maps (public)', () => {
  const aiza = () => 'AI' + 'za' + randomChars(35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
  /** Minified SDK code as it ships: what names Gemini's host, far from the app code. */
  const geminiSdk = 'var Ft="https://generativelanguage.googleapis.com",Wt="v1beta";function Ut(e){return e.baseUrl??Ft}';
  /** Unrelated minified code, enough to put the SDK kilobytes away from the key. */
  const filler = (bytes: number) => 'function q(e,t){return e.map(n=>n*t).filter(Boolean)};'.repeat(Math.ceil(bytes / 55));
  const firebase = (key: string) => `{apiKey:"${key}",authDomain:"demo-app.firebaseapp.com",projectId:"demo-app",storageBucket:"demo-app.appspot.com",messagingSenderId:"1234567890",appId:"1:1234567890:web:abc123"}`;
  const googleKeys = (text: string) =>
    scanBuffer(Buffer.from(text), 'dist/assets/index.js', new TextMatcher())
      .filter((f) => f.ruleId === 'no-api-key-in-bundle')
      .map((f) => ({ evidence: f.evidence, severity: f.severity, provider: f.provider }));
  const shown = (key: string) => redact(key, 'AIza');

  it('reports a minified Gemini client whose SDK names the host kilobytes away, as an error', () => {
    const key = aiza();
    const chunk = `${geminiSdk}${filler(8000)}const a=new Xe({apiKey:"${key}"});a.models.generateContent({contents:e});`;
    expect(googleKeys(chunk)).toEqual([{ evidence: shown(key), severity: 'error', provider: 'google' }]);
  });

  it('stays silent on the same key in a chunk with no Gemini code (a Maps or other Google key)', () => {
    expect(googleKeys(`${filler(2000)}const a=new Xe({apiKey:"${aiza()}"});`)).toEqual([]);
  });

  it('tells a Firebase config from a Gemini key right next to it, with or without Gemini words near', () => {
    const [firebaseKey, geminiKey] = [aiza(), aiza()];
    const minified = `const f=Zt(${firebase(firebaseKey)}),g=new Xe({apiKey:"${geminiKey}"});${filler(4000)}${geminiSdk}`;
    expect(googleKeys(minified).map((k) => k.evidence)).toEqual([shown(geminiKey)]);
    const withModel = `const f=Zt(${firebase(firebaseKey)});g.models.generateContent({model:"gemini-2.5-flash",config:{apiKey:"${geminiKey}"}})`;
    expect(googleKeys(withModel).map((k) => k.evidence)).toEqual([shown(geminiKey)]);
  });

  it('keeps a Firebase config public in the forms builds carry it', () => {
    const key = aiza();
    const forms = [
      `initializeApp(${firebase(key)});`,
      // Properties before the key, and the config written out in source (a map's sourcesContent escapes it).
      `{projectId:"demo",appId:"1:2:web:3",apiKey:"${key}"}`,
      `const firebaseConfig = {\n  apiKey: \"${key}\",\n  authDomain: \"demo.firebaseapp.com\",\n};\nconst ai = new GoogleGenAI({});`,
      `<script>self.__FIREBASE_DEFAULTS__={"config":{"apiKey":"${key}","authDomain":"demo.firebaseapp.com"}}</script>`,
    ];
    for (const form of forms) expect(googleKeys(`${form}${geminiSdk}`), form.slice(0, 30)).toEqual([]);
  });

  it('reads the key\'s own name: GEMINI and GENAI names are Gemini keys, FIREBASE and MAPS names public ones', () => {
    const [firebaseKey, geminiKey, genaiKey, mapsKey] = [aiza(), aiza(), aiza(), aiza()];
    const env = `VITE_FIREBASE_API_KEY=${firebaseKey}\nVITE_GEMINI_API_KEY=${geminiKey}\nNEXT_PUBLIC_GOOGLE_AI_KEY=${genaiKey}\nVITE_MAPS_KEY=${mapsKey}\n`;
    expect(googleKeys(env).map((k) => k.evidence)).toEqual([shown(geminiKey), shown(genaiKey)]);
  });

  it('keeps a Maps script URL public in a chunk that holds Gemini code', () => {
    expect(googleKeys(`s.src="https://maps.googleapis.com/maps/api/js?key=${aiza()}&libraries=places";${filler(1000)}${geminiSdk}`)).toEqual([]);
  });

  it('takes file context only from literals the prefilter already finds', () => {
    const google = getProvider('google');
    const shape = google.keys.find((k) => k.id === 'google-api')!;
    expect(shape.fileContext!.filter((literal) => !matcher.literals.includes(literal))).toEqual([]);
  });

  it('reads a value\'s name in the forms code writes it', () => {
    const nameOf = (text: string) => exportedForTesting.assignedName(text, text.indexOf('AIza'));
    expect(nameOf('{apiKey:"AIza')).toBe('apikey');
    expect(nameOf('"apiKey" : "AIza')).toBe('apikey');
    expect(nameOf('\\"apiKey\\":\\"AIza')).toBe('apikey');
    expect(nameOf('GEMINI_API_KEY=AIza')).toBe('gemini_api_key');
    expect(nameOf('new Xe("AIza')).toBeUndefined();
    expect(nameOf('["AIza')).toBeUndefined();
  });
});

describe('other hits', () => {
  it('reports a truthy dangerouslyAllowBrowser but not the SDK reading the option', () => {
    expect(matcher.scan('new a.default({dangerouslyAllowBrowser:!0})').map((h) => h.kind)).toEqual(['browser-opt-in']);
    expect(matcher.scan('{ "dangerouslyAllowBrowser": true }').map((h) => h.label)).toEqual(['dangerouslyAllowBrowser:true']);
    expect(matcher.scan('if(!e.dangerouslyAllowBrowser&&r())throw new Error').filter((h) => h.kind === 'browser-opt-in')).toEqual([]);
    expect(matcher.scan('{dangerouslyAllowBrowser:!1}').filter((h) => h.kind === 'browser-opt-in')).toEqual([]);
  });

  it("skips the example in the SDKs' own browser-guard error, as Vite bundles it (no map to tell)", () => {
    // The message text of openai 6 and @anthropic-ai/sdk 1, as a minified template literal keeps it.
    const guard = (sdk: string) => `throw new b(\`you can set the \\\`dangerouslyAllowBrowser\\\` option to \\\`true\\\`, e.g.,\n\nnew ${sdk}({ apiKey, dangerouslyAllowBrowser: true });\n\`)`;
    for (const sdk of ['OpenAI', 'Anthropic']) expect(matcher.scan(guard(sdk)).filter((h) => h.kind === 'browser-opt-in')).toEqual([]);
    // The app's own opt-in in the same chunk is still reported.
    expect(matcher.scan(`${guard('OpenAI')};const c=new me({apiKey:k,dangerouslyAllowBrowser:!0});`).filter((h) => h.kind === 'browser-opt-in').map((h) => h.label)).toEqual(['dangerouslyAllowBrowser:!0']);
  });

  it('finds known secrets verbatim, base64 and URL-encoded, whatever their shape', () => {
    const secret = `s3cr3t/${randomChars(24)}+x`;
    const known = new TextMatcher({ knownSecrets: [secret] });
    const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), Buffer.from(`ab${secret}`).toString('base64')];
    for (const text of forms) {
      expect(known.scan(`x="${text}"`).filter((h) => h.kind === 'known-secret').map((h) => h.secret), text.slice(0, 6)).toEqual([secret]);
    }
  });

  it('compiles base64 forms that drop the neighbour-dependent edge characters', () => {
    const forms = exportedForTesting.encodedForms('0123456789abcdef0123');
    expect(forms.filter((f) => f.name === 'base64')).toHaveLength(3);
  });
});

describe('redact', () => {
  it('shows the prefix and the last four, never more', () => {
    for (const { key } of fakeKeys()) {
      const shape = KEY_SHAPES.find((s) => s.pattern.test(key))!;
      const shown = redact(key, shapePrefix(shape));
      expect(shown.endsWith(key.slice(-4))).toBe(true);
      expect(shown.replace('…', '').length).toBeLessThanOrEqual(shapePrefix(shape).length + 4);
      expect(shown).not.toContain(key.slice(shapePrefix(shape).length, -4));
    }
  });
  it('hides short values entirely', () => {
    expect(redact('hunter2-abc')).toBe('[redacted]');
  });
});
