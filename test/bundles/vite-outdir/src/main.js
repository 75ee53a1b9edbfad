import OpenAI from 'openai';

// The anti-pattern: Vite inlines every VITE_* variable into the bundle, so this key ships.
const openai = new OpenAI({
  apiKey: import.meta.env.VITE_OPENAI_API_KEY, // leak: VITE_OPENAI_API_KEY
  dangerouslyAllowBrowser: true,
});

document.querySelector('#ask').addEventListener('click', async () => {
  const response = await openai.responses.create({ model: 'gpt-5-mini', input: 'Tell me a short joke.' });
  document.querySelector('#answer').textContent = response.output_text;
});
