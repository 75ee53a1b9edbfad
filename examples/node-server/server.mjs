// The backend the clean front ends call: the OpenAI key lives only in this process's environment.
import { createServer } from 'node:http';
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const port = Number(process.env.PORT ?? 8787);
const MAX_BODY_BYTES = 16 * 1024;
// Each client IP may ask 10 questions a minute: an in-memory fixed window, enough for one process
// (use Redis, e.g. rate-limiter-flexible's RateLimiterRedis, when the server runs on several instances).
const REQUESTS_PER_MINUTE = 10;
const windows = new Map();

function allow(ip) {
  const now = Date.now();
  const window = windows.get(ip);
  if (!window || now - window.start > 60_000) {
    windows.set(ip, { start: now, count: 1 });
    return true;
  }
  window.count += 1;
  return window.count <= REQUESTS_PER_MINUTE;
}

async function readJson(request) {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error('request body too large');
  }
  return JSON.parse(body);
}

function sendJson(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

const server = createServer(async (request, response) => {
  if (request.method !== 'POST' || request.url !== '/api/chat') {
    response.writeHead(404).end();
    return;
  }
  if (!allow(request.socket.remoteAddress ?? 'unknown')) {
    sendJson(response, 429, { error: 'too many requests, try again in a minute' });
    return;
  }
  let question;
  try {
    ({ question } = await readJson(request));
    if (typeof question !== 'string' || question.length === 0) throw new Error('question must be a non-empty string');
  } catch (error) {
    sendJson(response, 400, { error: error instanceof Error ? error.message : String(error) });
    return;
  }
  try {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      max_completion_tokens: 500,
      messages: [{ role: 'user', content: question }],
    });
    sendJson(response, 200, { answer: completion.choices[0]?.message.content ?? '' });
  } catch {
    sendJson(response, 502, { error: 'the model provider did not answer' });
  }
});

server.listen(port, () => console.log(`node-server listening on http://localhost:${port}`));
