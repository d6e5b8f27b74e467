// Status feature: status.* of the contract, the REST /send-status's post, view receipts, campaign Status posts.
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract';
import {
  sendStatusParams,
  statusContentOf,
  type SendStatusParams,
} from '../../../shared/schemas/send-status';
import type { statusMethods } from '../../../shared/status-contract';
import { findDevice } from '../devices/queries';
import { AppError, invalidParams } from '../errors';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { uploadedOf } from '../messages/picked-file';
import type { MessageSend } from '../messages/send';
import type { SessionRegistry } from '../whatsapp/session-registry';
import type { CampaignStatus } from './campaign-status';
import { postStatus, resolveAudience, statusPostOf } from './post-status';
import { listPosts } from './queries';
import { watchStatusReceipts } from './view-receipts';

export interface StatusDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  sessions: SessionRegistry;
  /** The governed send: REST and compose posts count against the Safety limits. */
  send: MessageSend;
  /** A campaign's "also post as Status" (made with the plain send: campaigns pace themselves). */
  campaigns: CampaignStatus;
  region: () => string;
}

export type StatusFeature = ReturnType<typeof createStatusFeature>;

export function createStatusFeature(deps: StatusDeps) {
  const { db, events, send } = deps;

  /** A post from /send-status's validated params (REST and compose alike). */
  async function postFromParams(params: SendStatusParams) {
    const row = await postStatus(db, send, {
      from: params.sender,
      type: params.type,
      content: statusContentOf(params),
      audience: { recipients: params.recipients, listId: params.contact_list },
    });
    events.emit('status.changed', { deviceId: row.deviceId });
    return statusPostOf(db, row);
  }

  const requireDevice = (id: number) => {
    const device = findDevice(db, id);
    if (!device) throw new AppError('not_found', `Device ${id} does not exist.`);
    return device;
  };

  const handlers = {
    'status.post': async ({ params, file }) => {
      const raw = file ? { ...params, file: uploadedOf(file) } : params;
      const checked = sendStatusParams.validate(raw, deps.region());
      if (!checked.ok) throw invalidParams(checked);
      return postFromParams(checked.data);
    },
    'status.list': ({ deviceId }) => {
      requireDevice(deviceId);
      return listPosts(db, deviceId).map((row) => statusPostOf(db, row));
    },
    'status.audience': ({ deviceId, listId }) => {
      const device = requireDevice(deviceId);
      return { count: resolveAudience(db, device.id, device.number, { listId }).length };
    },
  } satisfies HandlersFor<keyof typeof statusMethods>;

  const { campaigns } = deps;
  return {
    handlers,
    postFromParams,
    /** Register before sessions start (createCore does): view receipts, campaigns starting. */
    start() {
      const offReceipts = watchStatusReceipts(deps);
      const offCampaigns = campaigns.watch();
      return () => {
        offReceipts();
        offCampaigns();
      };
    },
  };
}
