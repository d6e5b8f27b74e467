// For the session's sender: uploads the header image/video of an interactive message (send-button/send-template
// `url`) and puts it into interactiveMessage.header, as WhatsApp expects (upload first, then reference it).
import { prepareWAMessageMedia, type proto, type WAMediaUploadFunction } from '@whiskeysockets/baileys';
import type { OutgoingContent } from './sender';

type RawContent = Extract<OutgoingContent, { kind: 'raw' }>;

export async function withUploadedHeader(
  content: RawContent,
  upload: WAMediaUploadFunction,
): Promise<proto.IMessage> {
  const media = content.headerMedia;
  const interactive = content.message.interactiveMessage;
  if (!media || !interactive) return content.message;
  const prepared = await prepareWAMessageMedia(
    media.type === 'image'
      ? { image: media.data, mimetype: media.mimetype }
      : { video: media.data, mimetype: media.mimetype },
    { upload },
  );
  const header: proto.Message.InteractiveMessage.IHeader = {
    ...interactive.header,
    hasMediaAttachment: true,
    ...(media.type === 'image'
      ? { imageMessage: prepared.imageMessage }
      : { videoMessage: prepared.videoMessage }),
  };
  return { ...content.message, interactiveMessage: { ...interactive, header } };
}
