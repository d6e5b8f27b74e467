// "Also post as Status" of a campaign: asked for when the campaign is made, posted once when it first runs (its
// broadcast.progress says 'running': at start, or at its start time when scheduled), from each of its devices to
// the recipients that device sends to. One post for everyone, so placeholders render empty.
import type { Database } from 'better-sqlite3';
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { campaignPhonesByDevice } from '../broadcast/campaign-audience';
import { campaignMessage, recipientMessage } from '../broadcast/campaign-content';
import { campaignMedia, findCampaign } from '../broadcast/queries';
import { findDevice } from '../devices/queries';
import { appError } from '../errors';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { MessageSend } from '../messages/send';
import { postStatus } from './post-status';
import { claimCampaignStatus, requestCampaignStatus } from './queries';

/** What the broadcast feature calls (broadcast/handlers.ts), so it never touches the Status tables itself. */
export interface CampaignStatusHooks {
  /** Refuses (invalid_input) content a Status cannot show, before the campaign is made. */
  check(content: OutgoingMessage): void;
  requested(campaignId: number): void;
}

export interface CampaignStatus extends CampaignStatusHooks {
  /** Watches campaigns start (broadcast.progress); returns the unsubscribe. */
  watch(): () => void;
}

const NOBODY = { rowNo: 0, phone: '', name: '', vars: '{}' };

export function createCampaignStatus(deps: {
  db: Database;
  events: EventBus;
  logger: Logger;
  send: MessageSend;
}): CampaignStatus {
  const { db, events, logger, send } = deps;
  const log = logger.child({ module: 'campaign-status' });
  const done = new Set<number>();

  async function post(campaignId: number) {
    const campaign = findCampaign(db, campaignId);
    if (!campaign) return;
    const stored = campaignMessage(campaign.content, campaignMedia(db, campaignId));
    const type = stored.kind === 'media' ? stored.mediaType : stored.kind;
    if (type !== 'text' && type !== 'image' && type !== 'video') return;
    const message = recipientMessage(stored, NOBODY);
    for (const [deviceId, phones] of campaignPhonesByDevice(db, campaignId)) {
      const device = findDevice(db, deviceId);
      if (!device) continue;
      try {
        await postStatus(db, send, {
          from: device.number,
          type,
          content: { message },
          audience: { recipients: phones },
          campaignId,
        });
        events.emit('status.changed', { deviceId });
      } catch (error) {
        log.warn({ err: error, campaignId, deviceId }, 'the campaign could not be posted as Status');
      }
    }
  }

  return {
    check(content) {
      const ok =
        content.kind === 'text' ||
        (content.kind === 'media' && (content.mediaType === 'image' || content.mediaType === 'video'));
      if (!ok)
        throw appError('invalid_input', 'campaign_status_type', undefined, {
          alsoStatus: 'campaign_status_type',
        });
    },
    requested: (campaignId) => {
      requestCampaignStatus(db, campaignId);
      done.delete(campaignId);
    },
    watch: () =>
      events.on('broadcast.progress', ({ campaignId, status }) => {
        if (status !== 'running' || done.has(campaignId)) return;
        // Claimed once (kept in SQLite, so also after a restart); then this campaign is never looked up again.
        done.add(campaignId);
        if (claimCampaignStatus(db, campaignId, Date.now())) void post(campaignId);
      }),
  };
}
