import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>Clean chat</h1>
      <p>
        <Link href="/chat">The chat page</Link> asks this app's own Route Handler, which holds the key on the server.
      </p>
    </main>
  );
}
