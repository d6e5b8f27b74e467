// Marks the app's sends that a person made (inbox reply, compose): those two callers get their own transport,
// which reports each message it sent so the AI hands the chat over (ai/handover.ts).
// Not an AsyncLocalStorage mark on the handler: in Node 20 an enabled AsyncLocalStorage runs a hook on every
// promise the process creates (8–9% of the main thread in the scale bench, test/bench/README.md). Baileys'
// key-store transactions enable one anyway, so this alone did not lower that cost, but core adds none.
import type { MessageSender } from '../messages/sender';

export function personTransport(
  transport: MessageSender,
  onPersonSend: (deviceId: number, jid: string) => void,
): MessageSender {
  return {
    async send(request) {
      const sent = await transport.send(request);
      onPersonSend(request.deviceId, request.to);
      return sent;
    },
  };
}
