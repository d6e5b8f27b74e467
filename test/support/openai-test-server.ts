// Test helper: a local OpenAI-compatible server (POST /v1/chat/completions), the one fake of the AI tests: the
// AI provider at the network edge. It answers only from what the request's system prompt holds — a product of
// a SHEET row named in the question gets that row's price and stock, "jam buka" gets the SHOP FACTS line about
// opening hours, anything else gets the hand-over marker the instructions name — so a test that gets the right
// price proves the sheet reached the model. `mode` makes it fail the ways real providers do.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    max_tokens?: number;
    messages: { role: string; content: string }[];
  };
  /** The last user turn: the question being answered. */
  question: string;
  system: string;
}

export type ProviderMode = 'answer' | 'error500' | 'unauthorized' | 'hang' | 'garbage';

export interface OpenAiTestServer {
  /** Base URL as the settings take it: http://127.0.0.1:PORT/v1 */
  baseUrl: string;
  requests: ChatRequest[];
  mode: ProviderMode;
  close(): Promise<void>;
}

const normalize = (text: string) => text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/** The answer a careful model would give from the system prompt alone. */
export function answerFromPrompt(system: string, question: string): string {
  const marker = /reply with exactly (\S+)/.exec(system)?.[1] ?? 'NO_MARKER_IN_PROMPT';
  const asked = normalize(question);
  const sheets = system.split(/\n(?=SHEET ")/).slice(1);
  for (const sheet of sheets) {
    const [, header, ...rows] = sheet.split('\n').filter((line) => line.trim());
    const titles = header.split(' | ').map(normalize);
    for (const row of rows) {
      const cells = row.split(' | ');
      if (!cells[0] || !asked.includes(normalize(cells[0]))) continue;
      const priceAt = titles.findIndex((t) => /harga|price/.test(t));
      const stockAt = titles.findIndex((t) => /stok|stock/.test(t));
      const stock = stockAt >= 0 ? ` (stok ${cells[stockAt]})` : '';
      return `${cells[0]}: Rp ${cells[priceAt] ?? '?'}${stock}`;
    }
  }
  if (/jam buka|buka jam|open/.test(asked)) {
    const facts = /SHOP FACTS:\n([\s\S]*?)(\n\n|$)/.exec(system)?.[1] ?? '';
    const hours = facts.split('\n').find((line) => /buka/i.test(line));
    if (hours) return `Halo kak! ${hours.trim()}`;
  }
  return marker;
}

export async function startOpenAiTestServer(): Promise<OpenAiTestServer> {
  const state: Pick<OpenAiTestServer, 'requests' | 'mode'> = { requests: [], mode: 'answer' };
  const hanging = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: `No route ${req.url}` } }));
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest['body'];
      const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
      const question = body.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
      state.requests.push({ headers: req.headers, body, question, system });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      switch (state.mode) {
        case 'error500':
          return json(500, { error: { message: 'The server had an error while processing your request.' } });
        case 'unauthorized':
          // Like providers that echo the refused key in their message.
          return json(401, {
            error: { message: `Incorrect API key provided: ${req.headers.authorization?.slice(7)}` },
          });
        case 'garbage':
          // A proxy's or captive portal's page where the JSON should be.
          res.writeHead(200, { 'content-type': 'text/html' });
          return res.end('<html><body>Bad gateway</body></html>');
        case 'hang': {
          // Never answers; closed when the client gives up (its timeout) or the server closes.
          const end = () => res.destroy();
          hanging.add(end);
          res.on('close', () => hanging.delete(end));
          return;
        }
        default:
          return json(200, {
            id: `chatcmpl-${state.requests.length}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: body.model,
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: answerFromPrompt(system, question) },
                finish_reason: 'stop',
              },
            ],
            usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
          });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const result = state as OpenAiTestServer;
  result.baseUrl = `http://127.0.0.1:${port}/v1`;
  result.close = () =>
    new Promise<void>((resolve) => {
      hanging.forEach((end) => end());
      server.close(() => resolve());
    });
  return result;
}
