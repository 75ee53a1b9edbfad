import { GoogleGenAI } from '@google/genai';

// The anti-pattern: a Gemini API key spends money and reads the account's files; VITE_* ships it to every visitor.
const ai = new GoogleGenAI({ apiKey: import.meta.env.VITE_GEMINI_API_KEY }); // leak: VITE_GEMINI_API_KEY

export async function ask(question) {
  const response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: question });
  return response.text;
}
