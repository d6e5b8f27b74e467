// The two fallbacks for phones that do not render interactive messages: a poll (renders everywhere)
// and a numbered text menu ("Balas 1/2/3") whose typed answer maps back to the option.
import {
  buttonsPollQuestion,
  listMenuLines,
  listPollQuestion,
  numberedMenuText,
  templateText,
} from '../../../shared/fallback-texts';
import type { TemplateButton } from '../../../shared/schemas/send-template';
import { buildPoll } from './build-poll';
import { choicesOf, type ButtonsInput, type ListInput } from './build-interactive';
import type { OutgoingContent } from './sender';

function numberedMenu(lines: string[], options: string[], footer?: string): OutgoingContent {
  return {
    kind: 'content',
    content: { text: numberedMenuText(lines, options, footer) },
    choices: choicesOf(options),
  };
}

export function buttonsAsTextMenu(input: ButtonsInput): OutgoingContent {
  return numberedMenu([input.message], input.buttons, input.footer);
}

export function listAsTextMenu(input: ListInput): OutgoingContent {
  return numberedMenu(listMenuLines(input), input.rows, input.footer);
}

/** A poll's question is the message (and footer); its answers are the buttons or list rows. */
export function buttonsAsPoll(input: ButtonsInput): OutgoingContent {
  return buildPoll({
    name: buttonsPollQuestion(input.message, input.footer),
    options: input.buttons,
    selectable: 1,
  });
}

export function listAsPoll(input: ListInput): OutgoingContent {
  return buildPoll({
    name: listPollQuestion(input.title, input.message),
    options: input.rows,
    selectable: 1,
  });
}

/** Call and link buttons cannot be poll answers; as text they become tappable numbers and links. */
export function templateAsText(input: {
  message: string;
  buttons: TemplateButton[];
  footer?: string;
}): OutgoingContent {
  const buttons = input.buttons.map((button) =>
    button.type === 'call'
      ? { type: 'call' as const, label: button.label, target: button.phone }
      : { type: 'url' as const, label: button.label, target: button.url },
  );
  const text = templateText(input.message, buttons, input.footer);
  return { kind: 'content', content: { text } };
}
