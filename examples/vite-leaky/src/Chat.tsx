import { useState } from 'react';
import { ask } from './openai';

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
