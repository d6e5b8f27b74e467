// Webhook deliveries: enqueued in the message's own transaction, POSTed signed by the job worker, retried with backoff.
import type { Database } from 'better-sqlite3';
import { findDevice } from '../devices/queries';
import type { EventBus } from '../events';
import type { JobRetryPolicy } from '../jobs/backoff';
import { createJobQueue, type JobOutcome } from '../jobs/job-queue';
import type { JobRow } from '../jobs/queries';
import type { Logger } from '../logger';
import type { InboundPipeline } from '../messages/inbound-pipeline';
import { findChat } from '../messages/inbox-queries';
import type { MessageSend } from '../messages/send';
import {
  connectionWebhookBody,
  restrictionWebhookBody,
  messageWebhookBody,
  statusWebhookBody,
} from './payload';
import { postWebhook } from './post';
import { readWebhookConfig, type WebhookConfig } from './queries';
import { replyFromAnswer, replyTarget } from './reply';

export const WEBHOOK_QUEUE = 'webhook';

export interface DeliveryPayload {
  event: string;
  url: string;
  /** The exact bytes sent (and signed); replays send them again unchanged. */
  body: string;
  /** Where a reply in the receiver's answer goes (incoming messages only). */
  replyTo?: { device: string; chatJid: string };
}

export interface WebhookOutboxDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  pipeline: InboundPipeline;
  send: MessageSend;
  policy?: Partial<JobRetryPolicy>;
  timeoutMs?: number;
  concurrency?: number;
}

export function createWebhookOutbox({
  db,
  events,
  logger,
  pipeline,
  send,
  policy,
  timeoutMs,
  concurrency,
}: WebhookOutboxDeps) {
  let config: WebhookConfig = readWebhookConfig(db);
  let changedTimer: NodeJS.Timeout | null = null;
  // The deliveries list in the UI refreshes on this event; thousands per second would only burn renderer time.
  const announce = () => {
    changedTimer ??= setTimeout(() => {
      changedTimer = null;
      events.emit('webhooks.deliveries', {});
    }, 250);
  };

  // Device URLs are read per delivery; cached until any device changes.
  const deviceUrls = new Map<number, string | null>();
  const stopDevices = events.on('devices.changed', () => deviceUrls.clear());
  const deviceUrl = (deviceId: number) => {
    if (!deviceUrls.has(deviceId)) deviceUrls.set(deviceId, findDevice(db, deviceId)?.webhookUrl ?? null);
    return deviceUrls.get(deviceId)!;
  };
  const urlFor = (deviceId: number | null): string | null =>
    (deviceId !== null ? deviceUrl(deviceId) : null) || config.defaultUrl || null;

  const run = async (job: JobRow): Promise<JobOutcome> => {
    const payload = JSON.parse(job.payload) as DeliveryPayload;
    const result = await postWebhook(
      payload.url,
      payload.body,
      { secret: config.secret, event: payload.event, deliveryId: job.id },
      timeoutMs,
    );
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    if (ok && payload.replyTo) {
      const reply = replyFromAnswer(result.body, result.contentType);
      const from = (JSON.parse(payload.body) as { from?: unknown }).from;
      const to =
        reply &&
        replyTarget(
          reply,
          { chatJid: payload.replyTo.chatJid, from: typeof from === 'string' ? from : undefined },
          job.deviceId !== null && findDevice(db, job.deviceId)?.webhookRepliesElsewhere === true,
        );
      if (reply && !to)
        logger.warn(
          { delivery: job.id, number: reply.number },
          'webhook reply to another chat ignored: allow it in the device webhook settings',
        );
      if (reply && to) {
        send
          .one({ from: payload.replyTo.device, to, message: { kind: 'text', text: reply.text } })
          .catch((error) =>
            logger.warn({ err: error, delivery: job.id }, 'could not send the webhook reply'),
          );
      }
    }
    return { ok, code: result.status, error: ok ? undefined : (result.error ?? `HTTP ${result.status}`) };
  };

  const queue = createJobQueue({
    db,
    queue: WEBHOOK_QUEUE,
    logger,
    run,
    policy,
    concurrency,
    onSettled: announce,
  });

  const enqueue = (
    deviceId: number | null,
    event: string,
    body: unknown,
    replyTo?: DeliveryPayload['replyTo'],
  ) => {
    const url = urlFor(deviceId);
    if (!url) return null;
    const payload: DeliveryPayload = { event, url, body: JSON.stringify(body), replyTo };
    return queue.enqueue(payload, deviceId);
  };

  pipeline.inTransaction((stored) => {
    if (!stored.live) return;
    enqueue(stored.deviceId, 'message', messageWebhookBody(stored), {
      device: stored.deviceNumber,
      chatJid: stored.message.chatJid,
    });
  });
  pipeline.afterStore((stored) => {
    if (stored.live) {
      queue.notify();
      announce();
    }
  });
  pipeline.onChange((deviceId, { row, change }) => {
    if (change !== 'status' || !row.fromMe || !config.messageStatus || !row.status) return;
    const device = findDevice(db, deviceId);
    if (!device) return;
    const chat = findChat(db, row.chatId);
    if (
      enqueue(
        deviceId,
        'message_status',
        statusWebhookBody({
          id: row.waId,
          status: row.status,
          to: (chat?.jid ?? '').split('@')[0],
          device: device.number,
        }),
      ) !== null
    ) {
      queue.notify();
    }
  });

  const lastStatus = new Map<number, string>();
  const stopConnection = events.on('device.state', (state) => {
    if (['connecting', 'qr'].includes(state.status) || lastStatus.get(state.deviceId) === state.status)
      return;
    lastStatus.set(state.deviceId, state.status);
    if (!config.deviceConnection) return;
    const device = findDevice(db, state.deviceId);
    if (
      device &&
      enqueue(
        state.deviceId,
        'device_connection',
        connectionWebhookBody({ device: device.number, status: state.status, reason: state.reason }),
      ) !== null
    ) {
      queue.notify();
    }
  });

  // Opt-in: a change of what WhatsApp restricts on a number (timelock set/lifted, cap stage). The new-chat count
  // alone moves with every new chat sent and is not worth a delivery.
  const lastRestriction = new Map<number, string>();
  const stopRestriction = events.on('device.restriction', (r) => {
    const key = `${r.timelockUntil}|${r.resumeAt === null}|${r.capStage}|${r.health}`;
    if (lastRestriction.get(r.deviceId) === key) return;
    lastRestriction.set(r.deviceId, key);
    if (!config.deviceRestriction) return;
    const device = findDevice(db, r.deviceId);
    if (
      device &&
      enqueue(r.deviceId, 'device_restriction', restrictionWebhookBody({ device: device.number, ...r }))
    )
      queue.notify();
  });

  /** A replay goes to the URL configured now (the user may have fixed a typo), with the same body. */
  const withCurrentUrl = (job: JobRow): DeliveryPayload => {
    const payload = JSON.parse(job.payload) as DeliveryPayload;
    return { ...payload, url: urlFor(job.deviceId) ?? payload.url };
  };

  return {
    queue,
    config: () => config,
    setConfig(next: WebhookConfig) {
      config = next;
    },
    urlFor,
    start: () => queue.start(),
    async stop() {
      stopConnection();
      stopRestriction();
      stopDevices();
      if (changedTimer) clearTimeout(changedTimer);
      await queue.stop();
    },
    replay(job: JobRow): boolean {
      return queue.replay(job.id, withCurrentUrl(job));
    },
    replayAllFailed: () => queue.replayAllFailed(withCurrentUrl),
    /** Another feature's event for the device's URL (e.g. an AI reply); the receiver's answer is not sent. */
    post(deviceId: number, event: string, body: unknown) {
      if (enqueue(deviceId, event, body) === null) return;
      queue.notify();
      announce();
    },
  };
}

export type WebhookOutbox = ReturnType<typeof createWebhookOutbox>;
