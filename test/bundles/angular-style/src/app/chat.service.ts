import OpenAI from 'openai';
import { environment } from '../environments/environment';

/** The anti-pattern: a browser-side service holding the provider key from environment.ts. */
export class ChatService {
  private readonly openai = new OpenAI({ apiKey: environment.openaiApiKey, dangerouslyAllowBrowser: true });

  async reply(message: string): Promise<string> {
    const response = await this.openai.responses.create({ model: 'gpt-5-mini', input: message });
    return response.output_text;
  }
}
