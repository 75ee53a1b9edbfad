import Chat from './Chat';
import Summary from './Summary';

export default function ChatPage() {
  return (
    <main>
      <Chat />
      <Summary />
    </main>
  );
}
