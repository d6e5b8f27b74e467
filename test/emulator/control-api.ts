// HTTP control API (JSON) for tests and for people exploring the app without a phone.
import type { FastifyInstance } from 'fastify';
import { PNG } from '../support/media-files.js';
import type { EmulatorContext } from './context.js';
import type { ReceivedMessage } from './decode-content.js';
import type { FaultRequest } from './faults.js';
import type { RetryRule } from './phone-retry.js';
import type { Phone } from './phone.js';
import { renderPhoneView } from './phone-view.js';
import type { RestrictionRequest } from './restrictions.js';
import { registerStatusControls } from './status-broadcast.js';

export interface ControlInfo {
  waUrl: string;
  appArgs: string[];
  appEnv: Record<string, string>;
  /** Base64 root public key of the Noise cert chain, for the app's --wa-root-key (plan B trust hook). */
  rootKey: string;
}

interface SendBody {
  to: string;
  fromLid?: boolean;
  quotedId?: string;
  text?: string;
  image?: { base64?: string; mimetype?: string; caption?: string };
  document?: { base64?: string; fileName?: string; mimetype?: string; caption?: string };
  buttonReply?: { id: string; text: string };
  listReply?: { rowId: string; title: string; description?: string };
  nativeFlowReply?: { name?: string; params: Record<string, unknown>; text?: string };
  pollVote?: { pollId: string; options: string[] };
  audio?: { base64?: string; mimetype?: string; ptt?: boolean; seconds?: number };
  video?: { base64?: string; mimetype?: string; caption?: string };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  reaction?: { messageId: string; text: string };
}

/** Message as JSON: media bytes are replaced by a download link. */
export const messageToJson = (phone: Phone, m: ReceivedMessage) => ({
  ...m,
  media: m.media
    ? {
        ...m.media,
        data: undefined,
        download: m.media.data ? `/phones/${phone.number}/messages/${m.id}/media` : undefined,
      }
    : undefined,
});

async function sendFrom(phone: Phone, body: SendBody) {
  const opts = { fromLid: body.fromLid };
  const reply = { quotedId: body.quotedId };
  if (body.text !== undefined) return phone.sendText(body.to, body.text, { ...opts, ...reply });
  if (body.image) {
    // Without base64 a 1×1 PNG, so `image: {}` works from curl without a file.
    const data = body.image.base64 ? Buffer.from(body.image.base64, 'base64') : PNG;
    return phone.sendImage(
      body.to,
      {
        data,
        mimetype: body.image.mimetype ?? (body.image.base64 ? 'image/jpeg' : 'image/png'),
        caption: body.image.caption,
      },
      opts,
    );
  }
  if (body.document) {
    const data = body.document.base64
      ? Buffer.from(body.document.base64, 'base64')
      : Buffer.from('%PDF-1.4 emulator document');
    return phone.sendDocument(
      body.to,
      {
        data,
        fileName: body.document.fileName ?? 'document.pdf',
        mimetype: body.document.mimetype ?? 'application/pdf',
        caption: body.document.caption,
      },
      opts,
    );
  }
  if (body.audio) {
    const data = body.audio.base64
      ? Buffer.from(body.audio.base64, 'base64')
      : Buffer.from('OggS emulator voice note');
    return phone.sendAudio(body.to, { ...body.audio, data }, opts);
  }
  if (body.video) {
    const data = body.video.base64 ? Buffer.from(body.video.base64, 'base64') : Buffer.from('emulator video');
    return phone.sendVideo(body.to, { ...body.video, data }, opts);
  }
  if (body.location) return phone.sendLocation(body.to, body.location, opts);
  if (body.reaction) {
    const target = phone.messages.find((m) => m.id === body.reaction!.messageId);
    if (!target) throw Object.assign(new Error(`no message ${body.reaction.messageId}`), { statusCode: 404 });
    return phone.sendReaction(body.to, target, body.reaction.text, opts);
  }
  if (body.buttonReply) return phone.sendButtonReply(body.to, { ...body.buttonReply, ...reply }, opts);
  if (body.listReply) return phone.sendListReply(body.to, { ...body.listReply, ...reply }, opts);
  if (body.nativeFlowReply)
    return phone.sendNativeFlowReply(body.to, { ...body.nativeFlowReply, ...reply }, opts);
  if (body.pollVote) {
    const poll = phone.messages.find((m) => m.id === body.pollVote!.pollId && m.poll);
    if (!poll)
      throw Object.assign(new Error(`no poll ${body.pollVote.pollId} received by ${phone.number}`), {
        statusCode: 404,
      });
    return phone.sendPollVote(body.to, poll, body.pollVote.options, opts);
  }
  throw Object.assign(
    new Error(
      'nothing to send: give text, image, document, audio, video, location, reaction, buttonReply, listReply, nativeFlowReply or pollVote',
    ),
    { statusCode: 400 },
  );
}

export function registerControlApi(app: FastifyInstance, ctx: EmulatorContext, info: () => ControlInfo) {
  const phoneOr404 = (number: string) => {
    const phone = ctx.phones.get(number);
    if (!phone) throw Object.assign(new Error(`no phone ${number}`), { statusCode: 404 });
    return phone;
  };
  type P = { Params: { number: string } };

  // Emulator errors are about the request (unknown QR, number not on WhatsApp…): 400 unless marked otherwise.
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    void reply.code(err.statusCode ?? 400).send({ error: err.message });
  });
  app.get('/health', async () => ({ ok: true, ...info() }));
  app.get('/', async (_req, reply) => reply.type('text/html').send(renderPhoneView(ctx, info())));
  app.get('/phones', async () => ctx.phones.list().map((p) => p.toJSON()));
  app.post<{ Body: { number: string; name?: string } }>('/phones', async (req) =>
    ctx.phones.create(req.body.number, req.body.name).toJSON(),
  );
  app.get<P>('/phones/:number', async (req) => phoneOr404(req.params.number).toJSON());
  app.post<P & { Body: { qr?: string; qrImage?: string; pairingCode?: string } }>(
    '/phones/:number/link',
    async (req) => {
      const phone = phoneOr404(req.params.number);
      const { qr, qrImage, pairingCode } = req.body ?? {};
      const device = pairingCode
        ? await phone.linkWithPairingCode(pairingCode)
        : await phone.scanQr(qr ?? qrImage ?? '');
      return {
        ok: true,
        jid: `${device.number}:${device.id}@s.whatsapp.net`,
        lid: `${device.lid}:${device.id}@lid`,
      };
    },
  );
  app.get<P>('/phones/:number/messages', async (req) => {
    const phone = phoneOr404(req.params.number);
    return phone.messages.map((m) => messageToJson(phone, m));
  });
  app.get<P & { Params: { id: string } }>('/phones/:number/messages/:id/media', async (req, reply) => {
    const m = phoneOr404(req.params.number).messages.find((x) => x.id === req.params.id);
    if (!m?.media?.data) return reply.code(404).send({ error: 'no media' });
    return reply.type(m.media.mimetype ?? 'application/octet-stream').send(m.media.data);
  });
  app.post<P & { Params: { id: string } }>('/phones/:number/messages/:id/read', async (req) => {
    const phone = phoneOr404(req.params.number);
    const m = phone.messages.find((x) => x.id === req.params.id);
    if (!m) throw Object.assign(new Error('no such message'), { statusCode: 404 });
    await phone.markRead(m);
    return { ok: true };
  });
  app.post<P & { Body: { to: string; video?: boolean } }>('/phones/:number/call', async (req) =>
    phoneOr404(req.params.number).call(req.body.to, { video: req.body.video }),
  );
  app.get<P>('/phones/:number/calls', async (req) => phoneOr404(req.params.number).calls);
  app.post<P & { Body: { online: boolean } }>('/phones/:number/online', async (req) => {
    await phoneOr404(req.params.number).setOnline(req.body?.online !== false);
    return { ok: true };
  });
  app.post<P & { Body: { enabled: boolean } }>('/phones/:number/read-receipts', async (req) => {
    phoneOr404(req.params.number).sendReadReceipts = !!req.body?.enabled;
    return { ok: true };
  });
  app.post<P & { Body: SendBody }>('/phones/:number/send', async (req) =>
    sendFrom(phoneOr404(req.params.number), req.body),
  );
  app.post<P & { Body: { to: string; state?: 'composing' | 'paused' } }>(
    '/phones/:number/typing',
    async (req) => {
      await phoneOr404(req.params.number).sendTyping(req.body.to, req.body.state);
      return { ok: true };
    },
  );
  app.post<P & { Body: { deviceId?: number } }>('/phones/:number/logout-device', async (req) => {
    await phoneOr404(req.params.number).logoutDevice(req.body?.deviceId);
    return { ok: true };
  });
  app.get<P>('/phones/:number/restrictions', async (req) =>
    phoneOr404(req.params.number).restrictions.describe(),
  );
  app.post<P & { Body: RestrictionRequest }>('/phones/:number/restrictions', async (req) =>
    phoneOr404(req.params.number).restrictions.apply(req.body ?? {}),
  );
  app.get('/groups', async () => ctx.groups.list());
  app.post<{
    Body: { subject: string; participants: string[]; creator?: string; addressingMode?: 'pn' | 'lid' };
  }>('/groups', async (req) =>
    ctx.groups.create(
      req.body.subject,
      req.body.participants ?? [],
      req.body.creator,
      req.body.addressingMode,
    ),
  );
  registerStatusControls(app, phoneOr404, messageToJson);
  app.get('/faults', async () => ({ ...ctx.faults.describe(), errors: ctx.faults.errors }));
  app.post<{ Body: FaultRequest }>('/faults', async (req) => ctx.faults.apply(req.body ?? {}));
  app.post<P & { Params: { id: string }; Body: { onPhone?: boolean } }>(
    '/phones/:number/sent/:id/expire-media',
    async (req) => {
      phoneOr404(req.params.number);
      const expired = ctx.mediaRetries.expireSent(req.params.number, req.params.id, {
        onPhone: req.body?.onPhone,
      });
      if (!expired)
        throw Object.assign(new Error('no media of this phone with that id'), { statusCode: 404 });
      return { ok: true, ...ctx.mediaRetries.stats() };
    },
  );
  app.get('/media-retries', async () => ctx.mediaRetries.stats());
  app.get('/retry-receipts', async () => ctx.retries.stats());
  app.post<{ Body: RetryRule & { reset?: boolean } }>('/retry-receipts', async (req) => {
    const { reset, ...rule } = req.body ?? {};
    if (reset) ctx.retries.reset();
    else ctx.retries.add(rule);
    return ctx.retries.stats();
  });
}
