// Marks the app's sends that a person made (inbox reply, compose): their handler runs "as a person", and the
// transport wrapper reports each send made inside it. AsyncLocalStorage carries the mark through the send path
// (media download, building, the chat queue) without threading a flag through every layer.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MessageSender } from '../messages/sender';

export function createPersonSends(onPersonSend: (deviceId: number, jid: string) => void) {
  const asPersonContext = new AsyncLocalStorage<true>();
  return {
    /** A contract handler whose sends are a person's. */
    asPerson<A, R>(handler: (input: A) => R): (input: A) => R {
      return (input) => asPersonContext.run(true, () => handler(input));
    },
    wrap(sender: MessageSender): MessageSender {
      return {
        async send(request) {
          const sent = await sender.send(request);
          if (asPersonContext.getStore()) onPersonSend(request.deviceId, request.to);
          return sent;
        },
      };
    },
  };
}
