import OpenAI from 'openai';

// Server only: OPENAI_API_KEY has no public prefix, so Next.js never inlines it into client code.
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function POST(request: Request) {
  const { question } = (await request.json()) as { question?: unknown };
  if (typeof question !== 'string' || question.length === 0 || question.length > 2000) {
    return Response.json({ error: 'question must be a string of 1 to 2000 characters' }, { status: 400 });
  }
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: question }],
  });
  return Response.json({ answer: completion.choices[0]?.message.content ?? '' });
}
