// The words of the fallbacks for phones that do not show interactive messages: a numbered text menu, a poll's
// question, call/link buttons as text. One copy for core's builders (electron/core/messages/build-fallbacks.ts)
// and the compose preview (renderer ComposePreview/preview-model.ts), so the preview is what the phone shows.

const italic = (text: string) => `_${text}_`;

/** What the recipient types back: core sends "Balas 1/2/3"; the preview may show it in the UI's language. */
export const replyLine = (numbers: string) => `Balas ${numbers}`;

/** The lines, then "1. option" per option, the reply line and the footer in italics. */
export function numberedMenuText(
  lines: string[],
  options: string[],
  footer?: string,
  reply: (numbers: string) => string = replyLine,
): string {
  const numbers = options.map((_, index) => String(index + 1));
  return [
    ...lines,
    '',
    ...options.map((option, index) => `${numbers[index]}. ${option}`),
    '',
    reply(numbers.join('/')),
    ...(footer ? ['', italic(footer)] : []),
  ].join('\n');
}

/** A list as menu lines: bold title, message, then the bold name of the section. */
export const listMenuLines = (list: { title: string; message: string; name: string }) => [
  `*${list.title}*`,
  list.message,
  '',
  `*${list.name}*`,
];

export const buttonsPollQuestion = (message: string, footer?: string) =>
  footer ? `${message}\n\n${footer}` : message;

export const listPollQuestion = (title: string, message: string) => `${title}\n${message}`;

export interface TextButton {
  type: 'call' | 'url';
  label: string;
  /** The phone number of a call button, the link of a url button. */
  target: string;
}

/** Call and link buttons as text: tappable numbers and links under the message. */
export function templateText(message: string, buttons: TextButton[], footer?: string): string {
  const lines = buttons.map((button) =>
    button.type === 'call' ? `📞 ${button.label}: ${button.target}` : `🔗 ${button.label}: ${button.target}`,
  );
  return [message, '', ...lines, ...(footer ? ['', italic(footer)] : [])].join('\n');
}
