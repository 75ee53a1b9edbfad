import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>Leaky chat</h1>
      <p>
        An example of what not to ship: <Link href="/chat">the chat page</Link> calls OpenAI from the browser.
      </p>
    </main>
  );
}
