/**
 * Values and names that look like secrets but are meant for browsers. Never a failure.
 */

export interface PublicByDesign {
  id: string;
  label: string;
  /** Exact shape of the value, when it has one. */
  pattern?: RegExp;
  why: string;
  source: string;
}

export const PUBLIC_VALUES: readonly PublicByDesign[] = [
  {
    id: 'openai-realtime-client-secret',
    label: 'OpenAI Realtime ephemeral client secret',
    pattern: /^ek_[0-9a-f]{32}$/,
    why: 'minted by your server for one browser session and expires within minutes',
    source: 'trivy builtin-rules.go openai-realtime-client-secret; OpenAI Realtime docs',
  },
  {
    id: 'firebase-web-api-key',
    label: 'Firebase web config apiKey',
    pattern: /^AIza[A-Za-z0-9_-]{35}$/,
    why: 'identifies the Firebase project; access is governed by security rules, not the key',
    source: 'firebase.google.com/docs/projects/api-keys',
  },
  {
    id: 'stripe-publishable-key',
    label: 'Stripe publishable key',
    pattern: /^pk_(?:live|test)_[A-Za-z0-9]{24,}$/,
    why: 'made to be embedded in checkout pages',
    source: 'stripe.com/docs/keys',
  },
];

/**
 * Where a key of a shape shared with a billable key (Google's `AIza…`) is a public one, told from the code it sits
 * in rather than from words nearby: the scanner (scan/matcher.ts) reads the key's own name and, for a config
 * object, the object around it.
 */
export interface PublicKeyUses {
  /** An object literal whose `keyProperty` holds the key is public when it also has one of `siblings`. */
  configObject: { keyProperty: string; siblings: readonly string[] };
  /** The key's own name (`VITE_FIREBASE_API_KEY=…`, `mapsKey:"…"`) says it is public when it holds one of these (case-insensitive). */
  nameWords: readonly string[];
  /** Words right around the key that say it is public, heeded only when nothing near it says otherwise (`maps.googleapis.com/…?key=`). */
  nearbyWords: readonly string[];
}

/**
 * Google's public uses of `AIza…` keys. The config properties are the Firebase web config's (firebase-js-sdk
 * packages/app FirebaseOptions); Maps JavaScript API keys go in a `maps.googleapis.com` script URL
 * (developers.google.com/maps/documentation/javascript/get-api-key).
 */
export const GOOGLE_PUBLIC_KEY_USES: PublicKeyUses = {
  configObject: {
    keyProperty: 'apiKey',
    siblings: ['authDomain', 'projectId', 'storageBucket', 'messagingSenderId', 'appId', 'databaseURL', 'measurementId'],
  },
  nameWords: ['firebase', 'maps', 'places'],
  nearbyWords: ['maps.googleapis.com'],
};

/**
 * Placeholder text people put where a key goes (`sk-...`, `sk-your-key-here`, `sk-xxxx…`).
 * A token whose random part is one of these, or has too few distinct characters to be random, is not a key.
 */
// Long enough that a random key holds one by chance less than once in a million keys.
const PLACEHOLDER_WORDS = /your[-_]|YOUR[-_]|xxxxx|XXXXX|\.\.\.|example|EXAMPLE|placeholder|PLACEHOLDER|insert[-_]|replace[-_]|dummy|redacted|changeme|<|>/;
const MIN_DISTINCT_CHARS = 10;

export function isPlaceholder(token: string): boolean {
  if (PLACEHOLDER_WORDS.test(token)) return true;
  return new Set(token).size < MIN_DISTINCT_CHARS;
}

/**
 * Env-name segments that mark a browser-prefixed name as public by design, even when it also says KEY or TOKEN:
 * Firebase web config, Stripe/Clerk publishable keys, Supabase anon key, reCAPTCHA site keys, analytics ids.
 */
export const PUBLIC_ENV_NAME_WORDS: readonly string[] = [
  'PUBLISHABLE',
  'PUBLISHABLE_KEY',
  'ANON_KEY',
  'ANON',
  'FIREBASE',
  'SITE_KEY',
  'RECAPTCHA',
  'TURNSTILE',
  'MAPS',
  'MAPBOX',
  'POSTHOG',
  'SENTRY',
  'DSN',
  'MEASUREMENT_ID',
  'GA',
  'GTM',
  'ALGOLIA_SEARCH',
  'SEARCH_KEY',
  'SEARCH_ONLY',
  'PUBLIC_KEY',
  'VAPID',
  // bytescale.com/docs/auth/api-keys (formerly Upload.io, used by Nutlope/roomGPT): `public_…` keys are made for the
  // browser upload widget.
  'UPLOAD_API_KEY',
  'BYTESCALE',
  'URL',
  'HOST',
  'DOMAIN',
  'PROJECT_ID',
  'APP_ID',
  'CLIENT_ID',
];
