import { app } from './firebase.js';

document.querySelector('#question').addEventListener('submit', async (event) => {
  event.preventDefault();
  // The Gemini client loads on first use, in a chunk of its own; the Firebase config is in the entry chunk.
  const { ask } = await import('./gemini.js');
  const answer = await ask(new FormData(event.target).get('text'));
  document.querySelector('#answer').textContent = `${app.options.projectId}: ${answer}`;
});
