// Text messages: the text goes out exactly as given (WhatsApp formatting, spaces and newlines kept).
import type { OutgoingContent } from './sender';

export function buildText(text: string): OutgoingContent {
  return { kind: 'content', content: { text } };
}
