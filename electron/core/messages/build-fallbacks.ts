// The two fallbacks for phones that do not render interactive messages: a poll (renders everywhere)
// and a numbered text menu ("Balas 1/2/3") whose typed answer maps back to the option.
import type { TemplateButton } from '../../../shared/schemas/send-template';
import { buildPoll } from './build-poll';
import { choicesOf, type ButtonsInput, type ListInput } from './build-interactive';
import type { OutgoingContent } from './sender';

const italic = (text: string) => `_${text}_`;

function numberedMenu(lines: string[], options: string[], footer?: string): OutgoingContent {
  const numbers = options.map((_, index) => String(index + 1));
  const text = [
    ...lines,
    '',
    ...options.map((option, index) => `${numbers[index]}. ${option}`),
    '',
    `Balas ${numbers.join('/')}`,
    ...(footer ? ['', italic(footer)] : []),
  ].join('\n');
  return { kind: 'content', content: { text }, choices: choicesOf(options) };
}

export function buttonsAsTextMenu(input: ButtonsInput): OutgoingContent {
  return numberedMenu([input.message], input.buttons, input.footer);
}

export function listAsTextMenu(input: ListInput): OutgoingContent {
  return numberedMenu([`*${input.title}*`, input.message, '', `*${input.name}*`], input.rows, input.footer);
}

/** A poll's question is the message (and footer); its answers are the buttons or list rows. */
export function buttonsAsPoll(input: ButtonsInput): OutgoingContent {
  const question = input.footer ? `${input.message}\n\n${input.footer}` : input.message;
  return buildPoll({ name: question, options: input.buttons, selectable: 1 });
}

export function listAsPoll(input: ListInput): OutgoingContent {
  return buildPoll({ name: `${input.title}\n${input.message}`, options: input.rows, selectable: 1 });
}

/** Call and link buttons cannot be poll answers; as text they become tappable numbers and links. */
export function templateAsText(input: {
  message: string;
  buttons: TemplateButton[];
  footer?: string;
}): OutgoingContent {
  const lines = input.buttons.map((button) =>
    button.type === 'call' ? `📞 ${button.label}: ${button.phone}` : `🔗 ${button.label}: ${button.url}`,
  );
  const text = [input.message, '', ...lines, ...(input.footer ? ['', italic(input.footer)] : [])].join('\n');
  return { kind: 'content', content: { text } };
}
