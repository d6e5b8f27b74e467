// Feeds the tray: devices connected of all, the API's state, active campaigns; recomputed on the events that change them.
import type { DesktopCore } from './core-host/desktop-core';
import type { CampaignActivity } from './campaign-activity';
import type { TrayStatus } from './tray';

export function watchTrayStatus(
  core: Pick<DesktopCore, 'rpc' | 'events' | 'api' | 'logger'>,
  campaigns: CampaignActivity,
  onStatus: (status: TrayStatus) => void,
): () => void {
  const refresh = async () => {
    const devices = await core.rpc.invoke('devices.list');
    onStatus({
      devicesConnected: devices.filter((device) => device.status === 'open').length,
      devicesTotal: devices.length,
      apiListening: core.api.listening,
      apiPort: core.api.listening ? Number(new URL(core.api.url).port) : null,
      campaignsActive: campaigns.active().length,
    });
  };
  const schedule = () =>
    void refresh().catch((error: unknown) => core.logger.warn({ err: error }, 'tray status failed'));
  const stops = [
    core.events.on('device.state', schedule),
    core.events.on('devices.changed', schedule),
    campaigns.onTransition(schedule),
  ];
  schedule();
  return () => stops.forEach((stop) => stop());
}
