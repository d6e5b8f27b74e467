// MPWA v6+ button objects: reply, call, url and copy buttons in one native-flow message (quick_reply,
// cta_call, cta_url, cta_copy — the names and params MPWA's server/lib/helper.js `Button` and Evolution /
// WAHA send, interactive-messages.md §2), or, for phones set to a fallback, the same as plain text.
import type { ButtonSpec } from '../../../shared/schemas/button-objects';
import { interactive, type HeaderMedia } from './build-interactive';
import type { OutgoingContent } from './sender';

export interface MixedButtonsInput {
  message: string;
  buttons: ButtonSpec[];
  footer?: string;
  header?: HeaderMedia;
}

/** Reply ids are the button's position, "1", "2", … as for label buttons, so a tap resolves the same way. */
function nativeFlowButton(button: ButtonSpec, index: number) {
  const display_text = button.text;
  switch (button.type) {
    case 'reply':
      return {
        name: 'quick_reply',
        buttonParamsJson: JSON.stringify({ display_text, id: String(index + 1) }),
      };
    case 'call':
      return {
        name: 'cta_call',
        buttonParamsJson: JSON.stringify({ display_text, phone_number: button.phone }),
      };
    case 'url':
      return {
        name: 'cta_url',
        buttonParamsJson: JSON.stringify({ display_text, url: button.url, merchant_url: button.url }),
      };
    case 'copy':
      return { name: 'cta_copy', buttonParamsJson: JSON.stringify({ display_text, copy_code: button.code }) };
  }
}

const choicesOf = (buttons: ButtonSpec[]) =>
  buttons.flatMap((button, index) =>
    button.type === 'reply' ? [{ id: String(index + 1), text: button.text }] : [],
  );

export function buildMixedButtons(input: MixedButtonsInput, now?: Date): OutgoingContent {
  return interactive(
    input.message,
    input.buttons.map(nativeFlowButton),
    { footer: input.footer, header: input.header, now },
    choicesOf(input.buttons),
  );
}

/** Fallback: replies as a numbered menu (typing the number answers), the others as tappable lines. */
export function mixedButtonsAsText(input: MixedButtonsInput): OutgoingContent {
  const replies = input.buttons.filter((button) => button.type === 'reply');
  const lines = input.buttons.map((button) => {
    if (button.type === 'reply') return `${replies.indexOf(button) + 1}. ${button.text}`;
    if (button.type === 'call') return `📞 ${button.text}: ${button.phone}`;
    if (button.type === 'url') return `🔗 ${button.text}: ${button.url}`;
    return `📋 ${button.text}: ${button.code}`;
  });
  const answer = replies.length ? ['', `Balas ${replies.map((_, i) => i + 1).join('/')}`] : [];
  const text = [
    input.message,
    '',
    ...lines,
    ...answer,
    ...(input.footer ? ['', `_${input.footer}_`] : []),
  ].join('\n');
  const choices = replies.map((button, i) => ({ id: String(i + 1), text: button.text }));
  return { kind: 'content', content: { text }, ...(choices.length ? { choices } : {}) };
}
