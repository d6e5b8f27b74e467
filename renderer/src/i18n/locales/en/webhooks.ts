// The Webhooks page: main webhook, per-device URLs, deliveries. English.
import type { Shape } from '../../shape';
import type * as id from '../id/webhooks';

export const webhooks: Shape<typeof id.webhooks> = {
  title: 'Webhooks',
  subtitle: 'Forward incoming messages to your own system.',
  emptyTitle: 'No deliveries yet',
  emptyText:
    'Every incoming message can be forwarded to your web address (a PHP script, for example) so it can reply automatically. Failed deliveries are retried and shown here.',
  defaultUrl: 'Main webhook URL',
  defaultUrlHint: 'Used for every device that has no URL of its own.',
  deviceUrls: 'URL per device',
  deviceUrlPlaceholder: 'Use the main URL',
  saved: 'Saved',
  httpWarning:
    'An http:// address on another computer is not encrypted. Use https:// to keep messages private.',
  events: 'Event types',
  eventsHint: 'Incoming messages are always sent. Turn the others on if your system needs them.',
  eventMessageStatus: 'Outgoing message status (sent, delivered, read)',
  eventDeviceConnection: 'Device connection (connected, disconnected, logged out)',
  eventDeviceRestriction: 'WhatsApp restriction of a number (blocked from new chats, new-chat cap warnings)',
  secret: 'Secret key (signature)',
  secretHint:
    'Every delivery is signed with HMAC-SHA256 of timestamp.delivery.body in the {{header}} header (with X-Wasender-Timestamp; X-Wasender-Signature signs the body alone, for older receivers). Check it on your server:',
  regenerate: 'New key',
  regenerateConfirm: 'The old key stops working at once. Your server must use the new one. Continue?',
  sendTest: 'Send test',
  testOk: 'Test delivered: the server answered {{status}} in {{ms}} ms',
  testFailed: 'Test failed: {{error}}',
  noUrl: 'Enter a webhook URL first.',
  deliveries: 'Deliveries',
  replayAll: 'Resend all failed ({{count}})',
  replay: 'Resend',
  replayed: 'Scheduled again',
  nextTry: 'next try {{time}}',
  columns: {
    time: 'Time',
    event: 'Event',
    summary: 'Content',
    status: 'Status',
    attempts: 'Attempts',
    code: 'Code',
  },
  state: { pending: 'Waiting', running: 'Sending', delivered: 'Delivered', failed: 'Failed' },
  event: {
    message: 'Incoming message',
    message_status: 'Message status',
    device_connection: 'Connection',
    test: 'Test',
  },
};
