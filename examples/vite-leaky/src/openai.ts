// LEAK: Vite inlines every VITE_ variable into the bundle, so this key ships to every visitor.
const OPENAI_API_KEY = import.meta.env.VITE_OPENAI_API_KEY;

export async function ask(question: string): Promise<string> {
  const response = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${OPENAI_API_KEY}`,
    },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }] }),
  });
  const completion = (await response.json()) as { choices: { message: { content: string } }[] };
  return completion.choices[0]?.message.content ?? '';
}
