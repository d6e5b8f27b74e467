// One OpenAI-compatible chat call (the `openai` package with a configurable base URL) for every provider preset;
// whatever goes wrong comes back as a failure code with the technical reason, never as a thrown error.
import OpenAI from 'openai';
import type { AiFailureCode } from '../../../shared/ai';
import type { AiConfig } from './queries';

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export type ModelResult =
  { ok: true; text: string; ms: number } | { ok: false; code: AiFailureCode; detail: string; ms: number };

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What a thrown error of the client means for the person reading the settings page. */
function failureOf(error: unknown): { code: AiFailureCode; detail: string } {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { code: 'timeout', detail: error.message };
  if (error instanceof OpenAI.APIConnectionError) {
    const cause = (error as { cause?: { message?: string; cause?: { code?: string } } }).cause;
    return { code: 'unreachable', detail: clip([error.message, cause?.message].filter(Boolean).join(': ')) };
  }
  if (error instanceof OpenAI.APIError) {
    const detail = clip(`HTTP ${error.status}: ${error.message}`);
    if (error.status === 401 || error.status === 403) return { code: 'auth', detail };
    if (error.status === 404) return { code: 'model_not_found', detail };
    if (error.status === 429) return { code: 'rate_limited', detail };
    return { code: 'provider_error', detail };
  }
  return { code: 'bad_answer', detail: clip((error as Error)?.message ?? String(error)) };
}

/** The reply text of a chat completion, or null when the body is not one (an HTML page, empty choices …). */
function replyText(completion: unknown): string | null {
  if (!completion || typeof completion !== 'object') return null;
  const choices = (completion as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const content = (choices[0] as { message?: { content?: unknown } })?.message?.content;
  return typeof content === 'string' && content.trim() ? content.trim() : null;
}

export async function askModel(config: AiConfig, turns: ChatTurn[]): Promise<ModelResult> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  if (!config.baseUrl || !config.model)
    return { ok: false, code: 'not_configured', detail: 'No base URL or model is set.', ms: 0 };
  const client = new OpenAI({
    // Local servers (Ollama, LM Studio) need no key, but the client refuses to start without one.
    apiKey: config.apiKey || 'no-key',
    baseURL: config.baseUrl,
    timeout: config.timeoutSeconds * 1000,
    // A customer is waiting: one try within the timeout, no silent doubling of it.
    maxRetries: 0,
  });
  try {
    const completion: unknown = await client.chat.completions.create({
      model: config.model,
      messages: turns,
      max_tokens: config.maxTokens,
      temperature: 0.2,
    });
    const text = replyText(completion);
    if (text === null)
      return { ok: false, code: 'bad_answer', detail: clip(JSON.stringify(completion) ?? ''), ms: ms() };
    return { ok: true, text, ms: ms() };
  } catch (error) {
    const failure = failureOf(error);
    // Some providers echo the key they refused; the reason is shown on the page and logged, the key never.
    if (config.apiKey) failure.detail = failure.detail.replaceAll(config.apiKey, '…');
    return { ok: false, ...failure, ms: ms() };
  }
}
