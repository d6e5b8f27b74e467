// Broadcast feature: broadcasts.* of the contract (with contacts.* from contact-handlers.ts), the campaign runner,
// receipts and opt-out replies.
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract';
import type { Campaign } from '../../../shared/broadcasts';
import type { broadcastMethods } from '../../../shared/broadcasts-contract';
import { AppError, appError } from '../errors';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { MessageSend } from '../messages/send';
import { findDevice } from '../devices/queries';
import type { SettingsStore } from '../settings/settings-store';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { createCampaignRunner, type CampaignRunner, type ShareRestrictions } from './campaign-runner';
import { mainTextOf, renderFor, type StoredMessage } from './campaign-content';
import { prepareCampaignMessage } from './campaign-message';
import { createContactHandlers, requireList } from './contact-handlers';
import { createGovernor } from './governor';
import { systemClock, type Clock } from './pacing';
import { placeholdersOf, recipientVars } from './render-template';
import { contactAtRow, insertOptOut } from './contact-queries';
import {
  deleteCampaign,
  findCampaign,
  insertCampaign,
  listCampaigns,
  listRecipients,
  requeueByMessageId,
  advanceRecipientStatus,
  requeueFailed,
  sendTimeline,
  skipPending,
  type CampaignRow,
} from './queries';
import { matchesOptOut, watchReceipts } from './receipts';
import { copyListToCampaign, deleteUnreadyCampaigns } from './recipient-copy';
import { buildReport, reportFileName } from './report-export';
import type { CampaignStatusHooks } from '../status/campaign-status';

type BroadcastMethod = keyof typeof broadcastMethods;

export interface BroadcastDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  settings: SettingsStore;
  sessions: SessionRegistry;
  /** messages/send.ts over the plain transport: campaigns pace themselves with the governor. */
  send: MessageSend;
  /** WhatsApp's restrictions of each number: campaigns pause, slow down or skip new chats. */
  restrictions?: ShareRestrictions & { dailyCapFactor(deviceId: number): number };
  /** Pause between "on WhatsApp?" batches (contact-handlers.ts); tests use a few ms. */
  numberCheckPauseMs?: number;
  clock?: Clock;
  /** "Also post as Status" (status/campaign-status.ts). */
  campaignStatus?: CampaignStatusHooks;
}

export type BroadcastFeature = ReturnType<typeof createBroadcastFeature>;

export function createBroadcastFeature(deps: BroadcastDeps) {
  const { db, events, logger, settings, sessions, send } = deps;
  const clock = deps.clock ?? systemClock;
  const governor = createGovernor(db, (deviceId) => deps.restrictions?.dailyCapFactor(deviceId) ?? 1);
  const runner: CampaignRunner = createCampaignRunner({
    db,
    events,
    logger,
    clock,
    random: Math.random,
    governor,
    restrictions: deps.restrictions,
    deviceReady: (deviceId) => {
      const status = sessions.get(deviceId).snapshot().status;
      return status === 'open' ? true : status === 'logged_out' ? 'device_logged_out' : 'device_offline';
    },
    deviceExists: (deviceId) => findDevice(db, deviceId) !== undefined,
    async send(deviceId, phone, message) {
      const device = findDevice(db, deviceId);
      if (!device) throw new AppError('session_not_connected', `Device ${deviceId} was removed.`);
      // A list made of groups (groups/members-list.ts groupsToContactList) holds their ids: one message per group.
      const to = phone.endsWith('@g.us') ? phone : `${phone}@s.whatsapp.net`;
      return send.one({ from: device.number, to, message });
    },
  });
  const region = () => settings.get().defaultRegion;

  const campaignOf = (row: CampaignRow): Campaign => {
    const message = JSON.parse(row.content) as StoredMessage;
    return {
      id: row.id,
      name: row.name,
      listId: row.listId,
      listName: row.listName,
      content: {
        kind: message.kind,
        text: mainTextOf(message),
        mediaType: message.kind === 'media' ? message.mediaType : null,
        fileName: message.kind === 'media' ? (message.fileName ?? message.file?.name ?? null) : null,
      },
      deviceIds: JSON.parse(row.deviceIds),
      pacing: JSON.parse(row.pacing),
      status: row.status,
      pauseReason: row.pauseReason,
      skippedOptOut: row.skippedOptOut,
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      progress: runner.progressOf(row.id),
    };
  };
  const getCampaign = (id: number): Campaign => {
    const row = findCampaign(db, id);
    if (!row) throw new AppError('not_found', `Campaign ${id} does not exist.`);
    return campaignOf(row);
  };
  const requireListOf = (id: number) => requireList(db, id);

  const changed = (id: number) => {
    runner.emitProgress(id, true);
    return getCampaign(id);
  };

  const handlers = {
    ...createContactHandlers(db, sessions, region, events, deps.numberCheckPauseMs),
    'broadcasts.list': () => listCampaigns(db).map(campaignOf),
    'broadcasts.get': ({ id }) => getCampaign(id),
    'broadcasts.preview': ({ listId, texts, rowNo }) => {
      requireListOf(listId);
      const row = contactAtRow(db, listId, rowNo);
      if (!row) return null;
      // The row's own variables: every column, the phone and name ones also under their header (see normalize-rows).
      const known = new Set(Object.keys(recipientVars(row.phone, row.name, JSON.parse(row.vars))));
      const used = texts.flatMap((text) => placeholdersOf(text));
      return {
        rowNo: row.rowNo,
        phone: row.phone,
        name: row.name,
        texts: texts.map((text) => renderFor(text, row)),
        unknownVariables: [...new Set(used.filter((name) => !known.has(name)))],
      };
    },
    'broadcasts.create': async ({
      name,
      listId,
      content,
      deviceIds,
      pacing,
      onlyOnWhatsApp,
      alsoStatus,
      start,
    }) => {
      requireListOf(listId);
      if (alsoStatus) deps.campaignStatus?.check(content);
      for (const deviceId of deviceIds)
        if (!findDevice(db, deviceId)) throw new AppError('not_found', `Device ${deviceId} does not exist.`);
      const { stored, media } = await prepareCampaignMessage(content, {
        region: region(),
        media: { allowLocal: () => settings.get().allowLocalMediaUrls },
      });
      const id = insertCampaign(db, {
        name,
        listId,
        content: JSON.stringify(stored),
        mediaData: media,
        deviceIds,
        pacing: JSON.stringify(pacing),
      });
      try {
        // In slices for a big list: creating a campaign of a million contacts never stalls the app.
        await copyListToCampaign(db, id, listId, deviceIds, onlyOnWhatsApp);
      } catch (error) {
        deleteCampaign(db, id);
        throw error;
      }
      if (alsoStatus) deps.campaignStatus?.requested(id);
      if (start) runner.start(id);
      return changed(id);
    },
    'broadcasts.start': ({ id }) => {
      const campaign = getCampaign(id);
      if (campaign.status === 'done' || campaign.status === 'cancelled')
        throw appError('conflict', 'campaign_finished');
      runner.start(id);
      return changed(id);
    },
    'broadcasts.pause': async ({ id }) => {
      getCampaign(id);
      await runner.pause(id, 'user');
      return changed(id);
    },
    'broadcasts.resume': ({ id }) => {
      const campaign = getCampaign(id);
      if (campaign.status === 'cancelled') throw appError('conflict', 'campaign_cancelled');
      runner.start(id);
      return changed(id);
    },
    'broadcasts.cancel': async ({ id }) => {
      getCampaign(id);
      await runner.cancel(id);
      skipPending(db, id, 'cancelled', clock.now());
      return changed(id);
    },
    'broadcasts.retryFailed': ({ id }) => {
      const campaign = getCampaign(id);
      if (campaign.status === 'cancelled') throw appError('conflict', 'campaign_cancelled');
      requeueFailed(db, id);
      if (campaign.status !== 'draft' && campaign.status !== 'paused') runner.start(id);
      return changed(id);
    },
    'broadcasts.remove': async ({ id }) => {
      await runner.cancel(id);
      return { removed: deleteCampaign(db, id) };
    },
    'broadcasts.recipients': ({ id, status, limit, offset }) =>
      listRecipients(db, id, { status, limit, offset }),
    'broadcasts.timeline': ({ id }) => {
      const campaign = getCampaign(id);
      const span = (campaign.finishedAt ?? clock.now()) - (campaign.startedAt ?? clock.now());
      // About 60 bars whatever the length: 10 s buckets for a short test run, hours for a week-long campaign.
      const bucket = Math.max(10_000, Math.ceil(span / 60 / 10_000) * 10_000);
      return sendTimeline(db, id, bucket);
    },
    'broadcasts.exportReport': ({ id }) => {
      const campaign = getCampaign(id);
      return {
        fileName: reportFileName(campaign.name, id),
        dataBase64: buildReport(db, id).toString('base64'),
      };
    },
    'broadcasts.governor': () => governor.config(),
    'broadcasts.setGovernor': (patch) => governor.update(patch),
  } satisfies HandlersFor<BroadcastMethod>;

  const onReceipt = (campaignId: number | undefined) =>
    campaignId !== undefined && runner.emitProgress(campaignId);

  return {
    handlers,
    runner,
    governor,
    /** Watch receipts and replies, then carry on with the campaigns that were sending before a restart. */
    start(): void {
      deleteUnreadyCampaigns(db); // their copy was cut off when the app stopped
      watchReceipts(sessions, {
        onStatus: (_deviceId, messageId, status) =>
          onReceipt(advanceRecipientStatus(db, messageId, status, clock.now())?.campaignId),
        onErrorAck: (deviceId, messageId, code) => {
          const limited = code === '429';
          // A rate limit is about the number, whoever sent: campaigns on it and its governed API sends rest.
          if (limited) {
            const until = governor.rest(deviceId, clock.now());
            logger.warn({ deviceId, until }, 'WhatsApp rate limit: device resting');
          }
          const hit = requeueByMessageId(
            db,
            messageId,
            limited ? 'rate_limited' : `error ${code}`,
            clock.now(),
          );
          if (!hit) return;
          if (limited)
            void runner
              .pause(hit.campaignId, 'rate_limited')
              .then(() => runner.emitProgress(hit.campaignId, true));
          else onReceipt(hit.campaignId);
        },
        onIncomingText: (_deviceId, phone, text) => {
          const word = matchesOptOut(text, governor.config().optOutWords);
          if (word && insertOptOut(db, phone, word)) logger.info({ phone, word }, 'opt-out received');
        },
      });
      runner.resumeAll();
    },
    async close(): Promise<void> {
      await runner.close();
    },
  };
}
