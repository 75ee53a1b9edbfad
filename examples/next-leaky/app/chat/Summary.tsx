'use client';

import { useState } from 'react';
import { summarize } from '../../lib/ai';

// LEAK, one step removed: this client component imports lib/ai.ts, which imports the OpenAI SDK.
export default function Summary() {
  const [text, setText] = useState('');
  const [summary, setSummary] = useState('');

  return (
    <section>
      <textarea value={text} onChange={(event) => setText(event.target.value)} placeholder="Paste text to summarize" />
      <button onClick={async () => setSummary(await summarize(text))}>Summarize</button>
      <p>{summary}</p>
    </section>
  );
}
