'use client';

import { useState } from 'react';

// The browser only talks to our own route; the OpenAI key never leaves the server.
export default function Chat() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');

  async function ask() {
    const response = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    const { answer } = (await response.json()) as { answer: string };
    setAnswer(answer);
  }

  return (
    <section>
      <input value={question} onChange={(event) => setQuestion(event.target.value)} placeholder="Ask something" />
      <button onClick={ask}>Ask</button>
      <p>{answer}</p>
    </section>
  );
}
