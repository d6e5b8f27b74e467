// Small display helpers shared by the chat list and the bubbles.
import type { InboxChat, InboxMessage } from '../../../../shared/inbox';
import { formatPhone } from '../../../../shared/phone';

export const chatTitle = (chat: Pick<InboxChat, 'name' | 'number' | 'jid'>) =>
  chat.name || (chat.number ? formatPhone(chat.number) : chat.jid.split('@')[0]);

/** Today: the time; this week: the weekday; older: the date — like WhatsApp's chat list. */
export function formatWhen(ms: number, language: string): string {
  const date = new Date(ms);
  const now = new Date();
  if (date.toDateString() === now.toDateString())
    return date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  if (now.getTime() - ms < 6 * 86_400_000) return date.toLocaleDateString(language, { weekday: 'short' });
  return date.toLocaleDateString(language, { day: 'numeric', month: 'short', year: '2-digit' });
}

export const formatTime = (ms: number, language: string) =>
  new Date(ms).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });

/** The text a message shows in one line: its body, else the name of its kind. */
export function previewOf(
  message: Pick<InboxMessage, 'body' | 'type'>,
  kindName: (type: string) => string,
): string {
  if (message.body) return message.body;
  return message.type === 'text' ? '' : kindName(message.type);
}
