// A campaign's stored message → the WhatsApp content one recipient gets (placeholders and spintax rendered).
import type { CampaignContent } from '../../../shared/broadcasts';
import type { MediaType } from '../../../shared/schemas/send-media';
import type { TemplateButton } from '../../../shared/schemas/send-template';
import {
  buttonsAsPoll,
  buttonsAsTextMenu,
  listAsPoll,
  listAsTextMenu,
  templateAsText,
} from '../messages/build-fallbacks';
import { buildButtons, buildList, buildTemplate } from '../messages/build-interactive';
import { buildMedia } from '../messages/build-media';
import { buildText } from '../messages/build-text';
import type { InteractiveStyle, OutgoingContent } from '../messages/sender';
import { recipientVars, renderTemplate, rowSeed } from './render-template';

/** What the campaigns table keeps: the template and media metadata (bytes are in media_data). */
export type StoredContent =
  | { type: 'text'; text: string }
  | { type: 'buttons'; text: string; buttons: string[]; footer: string }
  | {
      type: 'list';
      text: string;
      title: string;
      buttonText: string;
      sectionName: string;
      rows: string[];
      footer: string;
    }
  | { type: 'template'; text: string; buttons: TemplateButton[]; footer: string }
  | { type: 'media'; mediaType: MediaType; caption: string; mimetype: string; fileName: string };

export interface RecipientData {
  rowNo: number;
  phone: string;
  name: string;
  /** JSON object of the other columns. */
  vars: string;
}

export function templateOf(content: StoredContent): string {
  return content.type === 'media' ? content.caption : content.text;
}

export function renderFor(template: string, recipient: RecipientData): string {
  const vars = recipientVars(
    recipient.phone,
    recipient.name,
    JSON.parse(recipient.vars) as Record<string, unknown>,
  );
  return renderTemplate(template, vars, rowSeed(template, recipient.rowNo));
}

export function buildRecipientContent(
  content: StoredContent,
  media: Buffer | null,
  recipient: RecipientData,
  /** The sending device's choice (Devices page): interactive, a poll, or a numbered text menu, like the REST API. */
  style: InteractiveStyle = 'interactive',
): OutgoingContent {
  const text = renderFor(templateOf(content), recipient);
  // The footer may be personalised too (a branch name, a sales person).
  const footer = 'footer' in content && content.footer ? renderFor(content.footer, recipient) : undefined;
  switch (content.type) {
    case 'text':
      return buildText(text);
    case 'buttons': {
      const input = { message: text, buttons: content.buttons, footer };
      return style === 'poll'
        ? buttonsAsPoll(input)
        : style === 'text'
          ? buttonsAsTextMenu(input)
          : buildButtons(input);
    }
    case 'template': {
      const input = { message: text, buttons: content.buttons, footer };
      return style === 'interactive' ? buildTemplate(input) : templateAsText(input);
    }
    case 'list': {
      const input = {
        title: content.title,
        name: content.sectionName || content.title || content.buttonText,
        message: text,
        buttonText: content.buttonText,
        rows: content.rows,
        footer,
      };
      return style === 'poll'
        ? listAsPoll(input)
        : style === 'text'
          ? listAsTextMenu(input)
          : buildList(input);
    }
    case 'media':
      break;
  }
  return buildMedia({
    type: content.mediaType,
    data: media ?? Buffer.alloc(0),
    mimetype: content.mimetype,
    fileName: content.fileName,
    caption: text || undefined,
  });
}

export type { CampaignContent };
