// Buttons, templates and lists as interactiveMessage.nativeFlowMessage (quick_reply, cta_call, cta_url,
// single_select) sent at the top level — no viewOnce wrapper — with the <biz> node (interactive-messages.md §2–3).
import type { proto } from '@whiskeysockets/baileys';
import type { TemplateButton } from '../../../shared/schemas/send-template';
import { nativeFlowBizNode } from './biz-node';
import type { OutgoingContent } from './sender';

export interface HeaderMedia {
  type: 'image' | 'video';
  data: Buffer;
  mimetype: string;
}

export interface ButtonsInput {
  message: string;
  buttons: string[];
  footer?: string;
  header?: HeaderMedia;
}

export interface TemplateInput {
  message: string;
  buttons: TemplateButton[];
  footer?: string;
  header?: HeaderMedia;
}

export interface ListInput {
  title: string;
  name: string;
  message: string;
  buttonText: string;
  rows: string[];
  footer?: string;
}

/** Reply ids are "1", "2", … — the same number a user types in the text-menu fallback. */
export const choicesOf = (labels: string[]) => labels.map((text, index) => ({ id: String(index + 1), text }));

type NativeFlowButton = proto.Message.InteractiveMessage.NativeFlowMessage.INativeFlowButton;

export function interactive(
  body: string,
  buttons: NativeFlowButton[],
  options: { footer?: string; title?: string; header?: HeaderMedia; now?: Date },
  choices?: Array<{ id: string; text: string }>,
): OutgoingContent {
  const interactiveMessage: proto.Message.IInteractiveMessage = {
    body: { text: body },
    nativeFlowMessage: { buttons },
  };
  // A media header is only declared once the session has uploaded it (withUploadedHeader): a sender that
  // skips the upload then still sends a valid message, just without the picture.
  if (options.title) interactiveMessage.header = { title: options.title, hasMediaAttachment: false };
  if (options.footer) interactiveMessage.footer = { text: options.footer };
  return {
    kind: 'raw',
    message: { interactiveMessage },
    additionalNodes: [nativeFlowBizNode(options.now)],
    ...(options.header ? { headerMedia: options.header } : {}),
    ...(choices ? { choices } : {}),
  };
}

export function buildButtons(input: ButtonsInput, now?: Date): OutgoingContent {
  const choices = choicesOf(input.buttons);
  const buttons = choices.map(({ id, text }) => ({
    name: 'quick_reply',
    buttonParamsJson: JSON.stringify({ display_text: text, id }),
  }));
  return interactive(input.message, buttons, { footer: input.footer, header: input.header, now }, choices);
}

export function buildTemplate(input: TemplateInput, now?: Date): OutgoingContent {
  const buttons = input.buttons.map((button) =>
    button.type === 'call'
      ? {
          name: 'cta_call',
          buttonParamsJson: JSON.stringify({ display_text: button.label, phone_number: button.phone }),
        }
      : {
          name: 'cta_url',
          buttonParamsJson: JSON.stringify({
            display_text: button.label,
            url: button.url,
            merchant_url: button.url,
          }),
        },
  );
  // Call and link buttons act on the phone and send no reply, so there are no choices to resolve.
  return interactive(input.message, buttons, { footer: input.footer, header: input.header, now });
}

export function buildList(input: ListInput, now?: Date): OutgoingContent {
  const choices = choicesOf(input.rows);
  const params = {
    title: input.buttonText,
    sections: [{ title: input.name, rows: choices.map(({ id, text }) => ({ id, title: text })) }],
  };
  return interactive(
    input.message,
    [{ name: 'single_select', buttonParamsJson: JSON.stringify(params) }],
    { footer: input.footer, title: input.title, now },
    choices,
  );
}
