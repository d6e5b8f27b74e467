// Remembers every menu's options (buttons, lists, polls, numbered text) so typed answers and poll votes map
// back to them. (Relayed interactive sends reach the inbox through the upsert the WhatsApp sender emits.)
import type { InboundPipeline } from './inbound-pipeline';
import type { MessageSender } from './sender';

export function rememberSentMenus(sender: MessageSender, pipeline: InboundPipeline): MessageSender {
  return {
    async send(request) {
      const sent = await sender.send(request);
      if (request.content.choices?.length) {
        try {
          pipeline.rememberChoices(request.deviceId, request.to, request.content.choices);
        } catch {
          /* the device went away meanwhile */
        }
      }
      return sent;
    },
  };
}
