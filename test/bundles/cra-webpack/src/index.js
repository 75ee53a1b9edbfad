import { askForAJoke, languageModel } from './App.js';

document.title = `Jokes by ${languageModel.modelId}`;
document.querySelector('#ask')?.addEventListener('click', async () => {
  document.querySelector('#answer').textContent = await askForAJoke();
});
