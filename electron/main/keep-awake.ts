// Keeps the computer from sleeping while a campaign sends (setting keepAwake): sleep would stop the sending.
// 'prevent-app-suspension' keeps the system running but lets the screen turn off.
import { powerSaveBlocker } from 'electron';
import type { EventBus } from '../core/events';
import type { SettingsStore } from '../core/settings/settings-store';
import type { CampaignActivity } from './campaign-activity';

export function manageKeepAwake(deps: {
  campaigns: CampaignActivity;
  settings: Pick<SettingsStore, 'get'>;
  events: Pick<EventBus, 'on'>;
}): () => void {
  let blocker: number | null = null;
  const sync = () => {
    const wanted = deps.settings.get().keepAwake && deps.campaigns.isSending();
    if (wanted && blocker === null) blocker = powerSaveBlocker.start('prevent-app-suspension');
    if (!wanted && blocker !== null) {
      powerSaveBlocker.stop(blocker);
      blocker = null;
    }
  };
  const stops = [deps.campaigns.onTransition(sync), deps.events.on('settings.changed', sync)];
  sync();
  return () => {
    stops.forEach((stop) => stop());
    if (blocker !== null) powerSaveBlocker.stop(blocker);
    blocker = null;
  };
}
