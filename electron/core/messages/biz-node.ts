// The <biz> stanza node WhatsApp needs to render native-flow buttons and lists (see interactive-messages.md §3):
// without it the message is accepted but nothing renders; without the native_flow child the ack is error 479.
import type { BinaryNode } from '@whiskeysockets/baileys';

export function nativeFlowBizNode(now: Date = new Date()): BinaryNode {
  return {
    tag: 'biz',
    attrs: {
      actual_actors: '2',
      host_storage: '2',
      privacy_mode_ts: String(Math.floor(now.getTime() / 1000)),
    },
    content: [
      {
        tag: 'interactive',
        attrs: { type: 'native_flow', v: '1' },
        content: [{ tag: 'native_flow', attrs: { v: '9', name: 'mixed' } }],
      },
      { tag: 'quality_control', attrs: { source_type: 'third_party' } },
    ],
  };
}
