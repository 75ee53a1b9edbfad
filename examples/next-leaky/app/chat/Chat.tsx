'use client';

import OpenAI from 'openai';
import { useState } from 'react';

// LEAK: a NEXT_PUBLIC_ variable is inlined into the browser bundle, and the SDK runs in every visitor's browser.
const openai = new OpenAI({
  apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY,
  dangerouslyAllowBrowser: true,
});

export default function Chat() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');

  async function ask() {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: question }],
    });
    setAnswer(completion.choices[0]?.message.content ?? '');
  }

  return (
    <section>
      <input value={question} onChange={(event) => setQuestion(event.target.value)} placeholder="Ask something" />
      <button onClick={ask}>Ask</button>
      <p>{answer}</p>
    </section>
  );
}
