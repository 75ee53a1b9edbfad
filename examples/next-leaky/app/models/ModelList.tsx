'use client';

import { useState } from 'react';

export default function ModelList({ apiKey }: { apiKey: string }) {
  const [models, setModels] = useState<string[]>([]);

  async function load() {
    const response = await fetch('https://api.openai.com/v1/models', { headers: { Authorization: `Bearer ${apiKey}` } });
    const { data } = (await response.json()) as { data: { id: string }[] };
    setModels(data.map((model) => model.id));
  }

  return (
    <section>
      <button onClick={load}>List models</button>
      <ul>
        {models.map((id) => (
          <li key={id}>{id}</li>
        ))}
      </ul>
    </section>
  );
}
