import OpenAI from 'openai';
import { allow } from '../../../lib/rate-limit';

// Server only: OPENAI_API_KEY has no public prefix, so Next.js never inlines it into client code.
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function POST(request: Request) {
  // Per client IP, before anything is spent (Vercel and most proxies set x-forwarded-for).
  const ip = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';
  if (!allow(ip)) return Response.json({ error: 'too many requests, try again in a minute' }, { status: 429 });
  const { question } = (await request.json()) as { question?: unknown };
  if (typeof question !== 'string' || question.length === 0 || question.length > 2000) {
    return Response.json({ error: 'question must be a string of 1 to 2000 characters' }, { status: 400 });
  }
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    max_completion_tokens: 500,
    messages: [{ role: 'user', content: question }],
  });
  return Response.json({ answer: completion.choices[0]?.message.content ?? '' });
}
