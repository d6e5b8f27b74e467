// The documented parameters of each send endpoint, mapped onto the one OutgoingMessage. The REST routes and the
// compose page (which speaks the same parameters, so "copy as code" shows the request it sends) share this table.
import type { OutgoingMessage } from '../outgoing-message';
import type { SendButtonParams } from './send-button';
import type { SendContactParams } from './send-contact';
import type { SendListParams } from './send-list';
import type { SendLocationParams } from './send-location';
import type { SendMediaParams } from './send-media';
import { withFooter, type SendMessageParams } from './send-message';
import type { SendPollParams } from './send-poll';
import type { SendStickerParams } from './send-sticker';
import type { SendTemplateParams } from './send-template';

export const messageOfParams = {
  '/send-message': (p: SendMessageParams): OutgoingMessage => ({
    kind: 'text',
    text: withFooter(p.message, p.footer)!,
  }),
  '/send-media': (p: SendMediaParams): OutgoingMessage => ({
    kind: 'media',
    mediaType: p.media_type,
    url: p.url,
    file: p.file && { name: p.file.filename, mimetype: p.file.mimetype, data: p.file.data },
    caption: withFooter(p.caption, p.footer),
    fileName: p.filename,
    ppt: p.ppt,
  }),
  // Reply buttons only (labels, or MPWA objects of type reply) stay `buttons`; any call/url/copy makes `actions`.
  '/send-button': (p: SendButtonParams): OutgoingMessage =>
    p.button.every((button) => button.type === 'reply')
      ? {
          kind: 'buttons',
          text: p.message,
          buttons: p.button.map((button) => button.text),
          footer: p.footer,
          headerUrl: p.url,
        }
      : { kind: 'actions', text: p.message, buttons: p.button, footer: p.footer, headerUrl: p.url },
  '/send-template': (p: SendTemplateParams): OutgoingMessage => ({
    kind: 'template',
    text: p.message,
    buttons: p.template,
    footer: p.footer,
    headerUrl: p.url,
  }),
  '/send-list': (p: SendListParams): OutgoingMessage => ({
    kind: 'list',
    title: p.title,
    sectionName: p.name,
    text: p.message,
    buttonText: p.buttontext,
    rows: p.list,
    footer: p.footer,
  }),
  '/send-poll': (p: SendPollParams): OutgoingMessage => ({
    kind: 'poll',
    question: p.name,
    options: p.option,
    selectable: p.countable ?? 1,
  }),
  '/send-sticker': (p: SendStickerParams): OutgoingMessage => ({
    kind: 'sticker',
    url: p.url,
    file: p.file && { name: p.file.filename, mimetype: p.file.mimetype, data: p.file.data },
  }),
  '/send-location': (p: SendLocationParams): OutgoingMessage => ({
    kind: 'location',
    latitude: p.latitude,
    longitude: p.longitude,
    name: p.name,
    address: p.address,
  }),
  '/send-contact': (p: SendContactParams): OutgoingMessage => ({
    kind: 'contact',
    name: p.name,
    phone: p.phone,
    organization: p.organization,
  }),
};
export type SendPath = keyof typeof messageOfParams;
