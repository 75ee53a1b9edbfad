import ModelList from './ModelList';

// LEAK through a prop: this server component reads a server-only key and hands it to a client component.
// Next.js serializes client props into the page's HTML and RSC payload, which every visitor downloads.
export default function ModelsPage() {
  return (
    <main>
      <ModelList apiKey={process.env.OPENAI_API_KEY ?? ''} />
    </main>
  );
}
