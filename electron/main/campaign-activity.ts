// Which campaigns are sending, from broadcast.progress: the tray, quit safety, keep-awake, the updater and
// campaign notifications all ask this one tracker instead of listing campaigns (a list counts every recipient).
import type { CampaignStatus, PauseReason } from '../../shared/broadcasts';
import type { EventBus } from '../core/events';
import type { Rpc } from '../core/rpc/dispatch';

export interface CampaignTransition {
  campaignId: number;
  from: CampaignStatus | null;
  to: CampaignStatus;
  pauseReason: PauseReason | null;
}

export interface CampaignActivity {
  /** Campaigns sending now (running) or waiting for their start time (scheduled). */
  active(): number[];
  isSending(): boolean;
  /** Every status change of a campaign, including the first one seen. */
  onTransition(listener: (transition: CampaignTransition) => void): () => void;
  stop(): void;
}

const isActive = (status: CampaignStatus) => status === 'running' || status === 'scheduled';

export async function watchCampaignActivity(core: {
  rpc: Pick<Rpc, 'invoke'>;
  events: Pick<EventBus, 'on'>;
}): Promise<CampaignActivity> {
  const statuses = new Map<number, CampaignStatus>();
  const listeners = new Set<(transition: CampaignTransition) => void>();
  for (const campaign of await core.rpc.invoke('broadcasts.list')) statuses.set(campaign.id, campaign.status);
  const stop = core.events.on('broadcast.progress', ({ campaignId, status, pauseReason }) => {
    const from = statuses.get(campaignId) ?? null;
    if (from === status) return;
    statuses.set(campaignId, status);
    for (const listener of listeners) listener({ campaignId, from, to: status, pauseReason });
  });
  const active = () => [...statuses].filter(([, status]) => isActive(status)).map(([id]) => id);
  return {
    active,
    isSending: () => [...statuses.values()].includes('running'),
    onTransition(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}

/** Pauses every running or scheduled campaign (tray "Pause all", "Pause and quit"); returns how many. */
export async function pauseAllCampaigns(rpc: Pick<Rpc, 'invoke'>): Promise<number> {
  const active = (await rpc.invoke('broadcasts.list')).filter((campaign) => isActive(campaign.status));
  for (const campaign of active) await rpc.invoke('broadcasts.pause', { id: campaign.id });
  return active.length;
}
