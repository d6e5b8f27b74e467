// Marks the app's sends that a person made (inbox reply, compose): those two callers get their own transport,
// which reports each message it sent so the AI hands the chat over (ai/handover.ts).
// Not an AsyncLocalStorage mark on the handler: in Node 20 one enabled AsyncLocalStorage runs a hook on every
// promise the process creates, which cost 8% of the main thread in the scale bench (test/bench/README.md).
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
