import { ChatService } from './app/chat.service';

const chat = new ChatService();
document.querySelector('#send')?.addEventListener('click', async () => {
  const input = document.querySelector<HTMLInputElement>('#message');
  document.querySelector('#reply')!.textContent = await chat.reply(input?.value ?? '');
});
