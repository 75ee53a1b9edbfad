import Chat from './Chat';

export default function ChatPage() {
  return (
    <main>
      <Chat />
    </main>
  );
}
