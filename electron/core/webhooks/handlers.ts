// Webhooks part of the contract: settings (default URL, event types, secret), deliveries, replay, test event.
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract';
import type { WebhookDelivery, WebhookSettings } from '../../../shared/inbox';
import { findDevice } from '../devices/queries';
import { AppError, appError } from '../errors';
import type { EventBus } from '../events';
import { countJobsByState, findJob, listJobs, type JobRow } from '../jobs/queries';
import { WEBHOOK_QUEUE, type DeliveryPayload, type WebhookOutbox } from './outbox';
import { testWebhookBody } from './payload';
import { postWebhook, SIGNATURE_V2_HEADER } from './post';
import { newWebhookSecret, writeWebhookConfig, type WebhookConfig } from './queries';

const toSettings = (config: WebhookConfig): WebhookSettings => ({
  defaultUrl: config.defaultUrl,
  secret: config.secret,
  events: {
    messageStatus: config.messageStatus,
    deviceConnection: config.deviceConnection,
    deviceRestriction: config.deviceRestriction,
  },
  signatureHeader: SIGNATURE_V2_HEADER,
});

function summarize(payload: DeliveryPayload): string {
  try {
    const body = JSON.parse(payload.body) as Record<string, unknown>;
    const parts =
      payload.event === 'message' || payload.event === 'test'
        ? [body.from, body.message || body.type]
        : payload.event === 'message_status'
          ? [body.to, body.status]
          : payload.event === 'device_restriction'
            ? [body.device, body.health]
            : [body.device, body.status];
    return parts.filter(Boolean).join(' · ').slice(0, 120);
  } catch {
    return '';
  }
}

export function toDelivery(job: JobRow): WebhookDelivery {
  const payload = JSON.parse(job.payload) as DeliveryPayload;
  return {
    id: job.id,
    deviceId: job.deviceId,
    event: payload.event,
    url: payload.url,
    state: job.state === 'done' ? 'delivered' : job.state,
    attempts: job.attempts,
    responseCode: job.lastCode,
    error: job.lastError,
    nextAttemptAt: job.state === 'pending' ? job.runAt : null,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    summary: summarize(payload),
  };
}

export function createWebhookHandlers(db: Database, events: EventBus, outbox: WebhookOutbox) {
  const save = (patch: Partial<WebhookConfig>) => {
    const next = writeWebhookConfig(db, patch);
    outbox.setConfig(next);
    const settings = toSettings(next);
    events.emit('webhooks.settings', settings);
    return settings;
  };
  return {
    'webhooks.settings': () => toSettings(outbox.config()),
    'webhooks.setSettings': ({ defaultUrl, events: types }) =>
      save({
        ...(defaultUrl !== undefined ? { defaultUrl: defaultUrl || null } : {}),
        ...(types?.messageStatus !== undefined ? { messageStatus: types.messageStatus } : {}),
        ...(types?.deviceConnection !== undefined ? { deviceConnection: types.deviceConnection } : {}),
        ...(types?.deviceRestriction !== undefined ? { deviceRestriction: types.deviceRestriction } : {}),
      }),
    'webhooks.regenerateSecret': () => save({ secret: newWebhookSecret() }),
    'webhooks.deliveries': ({ cursor, limit, state, deviceId }) => {
      const jobState = state === 'delivered' ? 'done' : state;
      const rows = listJobs(db, WEBHOOK_QUEUE, { before: cursor, limit, state: jobState, deviceId });
      const counts = countJobsByState(db, WEBHOOK_QUEUE);
      return {
        deliveries: rows.map(toDelivery),
        nextCursor: rows.length === limit ? rows.at(-1)!.id : null,
        counts: {
          pending: counts.pending,
          running: counts.running,
          delivered: counts.done,
          failed: counts.failed,
        },
      };
    },
    'webhooks.replay': ({ id }) => {
      const job = findJob(db, id);
      if (!job || job.queue !== WEBHOOK_QUEUE)
        throw new AppError('not_found', `Delivery ${id} does not exist.`);
      const replayed = outbox.replay(job);
      if (replayed) events.emit('webhooks.deliveries', {});
      return { replayed };
    },
    'webhooks.replayAllFailed': () => {
      const replayed = outbox.replayAllFailed();
      events.emit('webhooks.deliveries', {});
      return { replayed };
    },
    'webhooks.sendTest': async ({ deviceId, url }) => {
      const device = deviceId !== undefined ? findDevice(db, deviceId) : undefined;
      if (deviceId !== undefined && !device)
        throw new AppError('not_found', `Device ${deviceId} does not exist.`);
      const target = url ?? outbox.urlFor(deviceId ?? null);
      if (!target)
        throw appError('invalid_input', 'webhook_url_missing', undefined, { url: 'webhook_url_required' });
      const started = performance.now();
      const body = JSON.stringify(testWebhookBody(device?.number ?? null));
      const result = await postWebhook(target, body, {
        secret: outbox.config().secret,
        event: 'test',
        deliveryId: 'test',
      });
      const ok = result.status !== null && result.status >= 200 && result.status < 300;
      return {
        ok,
        url: target,
        status: result.status,
        error: ok ? null : (result.error ?? `HTTP ${result.status}`),
        ms: Math.round(performance.now() - started),
      };
    },
  } satisfies HandlersFor<
    | 'webhooks.settings'
    | 'webhooks.setSettings'
    | 'webhooks.regenerateSecret'
    | 'webhooks.deliveries'
    | 'webhooks.replay'
    | 'webhooks.replayAllFailed'
    | 'webhooks.sendTest'
  >;
}
