import { createOpenAI } from '@ai-sdk/openai';
import OpenAI from 'openai';

// The anti-pattern: Create React App inlines every REACT_APP_* variable into the bundle, so this key ships.
const apiKey = process.env.REACT_APP_OPENAI_API_KEY; // leak: REACT_APP_OPENAI_API_KEY

const openai = new OpenAI({ apiKey, dangerouslyAllowBrowser: true });
// The AI SDK's provider-utils read `process.env[name]` as a fallback: CRA inlines its whole env object there too.
export const languageModel = createOpenAI({ apiKey }).responses('gpt-5-mini');

export async function askForAJoke() {
  const response = await openai.responses.create({ model: 'gpt-5-mini', input: 'Tell me a short joke.' });
  return response.output_text;
}
