import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>Leaky chat</h1>
      <p>
        What not to ship: <Link href="/chat">the chat page</Link> calls OpenAI from the browser, and{' '}
        <Link href="/models">the models page</Link> gets the server key as a prop.
      </p>
    </main>
  );
}
