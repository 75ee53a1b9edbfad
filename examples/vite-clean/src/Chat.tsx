import { useState } from 'react';

// The browser only talks to our own /api/chat; the OpenAI key stays on the server (examples/node-server).
async function ask(question: string): Promise<string> {
  const response = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question }),
  });
  const { answer } = (await response.json()) as { answer: string };
  return answer;
}

export default function Chat() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');

  return (
    <section>
      <input value={question} onChange={(event) => setQuestion(event.target.value)} placeholder="Ask something" />
      <button onClick={async () => setAnswer(await ask(question))}>Ask</button>
      <p>{answer}</p>
    </section>
  );
}
