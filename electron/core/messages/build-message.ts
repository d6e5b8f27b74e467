// The one builder: an OutgoingMessage (with its media resolved) → the WhatsApp content, in the sending device's
// style for buttons, templates and lists (interactive native flow, a poll, or a numbered text menu).
import type { InteractiveStyle } from '../../../shared/domain';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { buildContact } from './build-contact';
import {
  buttonsAsPoll,
  buttonsAsTextMenu,
  listAsPoll,
  listAsTextMenu,
  templateAsText,
} from './build-fallbacks';
import { buildButtons, buildList, buildTemplate } from './build-interactive';
import { buildLocation } from './build-location';
import { buildMedia } from './build-media';
import { buildMixedButtons, mixedButtonsAsText } from './build-mixed-buttons';
import { buildPoll } from './build-poll';
import { buildText } from './build-text';
import type { MessageMedia } from './resolve-media';
import type { OutgoingContent } from './sender';

export function buildMessage(
  message: OutgoingMessage,
  { media, header }: MessageMedia,
  style: InteractiveStyle,
  now?: Date,
): OutgoingContent {
  switch (message.kind) {
    case 'text':
      return buildText(message.text);
    case 'media':
      if (!media) throw new Error('buildMessage: the media was not resolved');
      return buildMedia({
        type: message.mediaType,
        data: media.data,
        mimetype: media.mimetype,
        fileName: message.fileName ?? media.fileName,
        caption: message.caption,
        ppt: message.ppt,
      });
    case 'buttons': {
      const input = { message: message.text, buttons: message.buttons, footer: message.footer };
      if (style === 'poll') return buttonsAsPoll(input);
      if (style === 'text') return buttonsAsTextMenu(input);
      return buildButtons({ ...input, header }, now);
    }
    case 'actions': {
      const input = { message: message.text, buttons: message.buttons, footer: message.footer };
      return style === 'interactive'
        ? buildMixedButtons({ ...input, header }, now)
        : mixedButtonsAsText(input);
    }
    case 'template': {
      const input = { message: message.text, buttons: message.buttons, footer: message.footer };
      return style === 'interactive' ? buildTemplate({ ...input, header }, now) : templateAsText(input);
    }
    case 'list': {
      const input = {
        title: message.title,
        name: message.sectionName,
        message: message.text,
        buttonText: message.buttonText,
        rows: message.rows,
        footer: message.footer,
      };
      if (style === 'poll') return listAsPoll(input);
      if (style === 'text') return listAsTextMenu(input);
      return buildList(input, now);
    }
    case 'poll':
      return buildPoll({ name: message.question, options: message.options, selectable: message.selectable });
    case 'sticker':
      if (!media) throw new Error('buildMessage: the sticker was not resolved');
      return { kind: 'content', content: { sticker: media.data, mimetype: media.mimetype } };
    case 'location':
      return buildLocation(message);
    case 'contact':
      return buildContact(message);
  }
}
