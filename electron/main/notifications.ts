// Desktop notifications: listens to core events, asks notification-rules.ts what to say, shows an Electron
// Notification and opens the right page on a click. Windows shows them only with an AppUserModelId
// (lifecycle.ts sets it; installed apps get the Start-menu shortcut with that id from NSIS).
import { Notification } from 'electron';
import type { DeviceStatus } from '../../shared/domain';
import type { DesktopCore } from './core-host/desktop-core';
import type { CampaignActivity } from './campaign-activity';
import {
  campaignNotification,
  deviceNotification,
  handoverNotification,
  inboxNotification,
  restrictionNotification,
  type NotificationSpec,
  type Restriction,
  type RuleContext,
} from './notification-rules';

export interface NotificationDeps {
  core: Pick<DesktopCore, 'rpc' | 'events' | 'settings' | 'logger'>;
  campaigns: CampaignActivity;
  /** The window is visible, not minimized and focused: the user sees new messages already. */
  windowInFront: () => boolean;
  /** Shows the window on this renderer route. */
  openRoute: (route: string) => void;
  icon?: string;
  /** How long a dropped connection may try to come back before we say it is down. */
  disconnectGraceMs?: number;
}

export interface AppNotifications {
  stop(): void;
}

export function startNotifications(deps: NotificationDeps): AppNotifications {
  const { core } = deps;
  const graceMs = deps.disconnectGraceMs ?? 60_000;
  // Electron drops a Notification's click handler when the object is garbage-collected: keep them until closed.
  const live = new Set<Notification>();
  const statuses = new Map<number, DeviceStatus>();
  const heldDisconnects = new Map<number, NodeJS.Timeout>();
  const context = (): RuleContext => {
    const settings = core.settings.get();
    return { language: settings.language, switches: settings.notifications };
  };
  const show = (spec: NotificationSpec | null) => {
    if (!spec || !Notification.isSupported()) return;
    const notification = new Notification({ title: spec.title, body: spec.body, icon: deps.icon });
    live.add(notification);
    notification.on('click', () => {
      live.delete(notification);
      deps.openRoute(spec.route);
    });
    notification.on('close', () => live.delete(notification));
    notification.show();
  };
  const guard = (what: string, work: () => Promise<void>) =>
    void work().catch((error: unknown) => core.logger.warn({ err: error }, `${what} notification failed`));
  const deviceName = async (deviceId: number) => {
    const device = (await core.rpc.invoke('devices.list')).find((d) => d.id === deviceId);
    return device ? device.name || `+${device.number}` : `#${deviceId}`;
  };

  guard('device', async () => {
    for (const device of await core.rpc.invoke('devices.list'))
      if (!statuses.has(device.id)) statuses.set(device.id, device.status);
  });
  // A restriction already known at start was announced before; only a new one is news.
  const restricted = new Map<number, boolean>();
  guard('restriction', async () => {
    for (const state of await core.rpc.invoke('restrictions.list'))
      if (!restricted.has(state.deviceId)) restricted.set(state.deviceId, state.health === 'restricted');
  });
  const notifyRestriction = async (restriction: Restriction) =>
    show(restrictionNotification(restriction, await deviceName(restriction.deviceId), context()));

  const stops = [
    core.events.on('device.restriction', (state) => {
      const was = restricted.get(state.deviceId) ?? false;
      restricted.set(state.deviceId, state.health === 'restricted');
      if (was || state.health !== 'restricted' || !context().switches.restriction) return;
      guard('restriction', () => notifyRestriction({ deviceId: state.deviceId, until: state.timelockUntil }));
    }),
    core.events.on('inbox.message', (event) => {
      if (event.kind !== 'new' || !context().switches.inbox) return;
      // Decided now: the window may come forward while the message is read back.
      const inFront = deps.windowInFront();
      guard('inbox', async () => {
        const { messages } = await core.rpc.invoke('inbox.messages', { chatId: event.chatId, limit: 20 });
        const message = messages.find((m) => m.id === event.messageId);
        if (message) show(inboxNotification(message, inFront, context()));
      });
    }),
    // Shown even with the window in front: nobody answered the customer, and the inbox tag is easy to miss.
    core.events.on('ai.handover', (handover) => show(handoverNotification(handover, context()))),
    core.events.on('device.state', (state) => {
      const previous = statuses.get(state.deviceId) ?? null;
      statuses.set(state.deviceId, state.status);
      if (state.status === 'open') {
        clearTimeout(heldDisconnects.get(state.deviceId));
        heldDisconnects.delete(state.deviceId);
      }
      guard('device', async () => {
        const spec = deviceNotification(previous, state, await deviceName(state.deviceId), context());
        if (!spec || state.status !== 'reconnecting') return show(spec);
        if (heldDisconnects.has(state.deviceId)) return;
        const timer = setTimeout(() => {
          heldDisconnects.delete(state.deviceId);
          if (statuses.get(state.deviceId) !== 'open') show(spec);
        }, graceMs);
        timer.unref?.();
        heldDisconnects.set(state.deviceId, timer);
      });
    }),
    deps.campaigns.onTransition((transition) => {
      if (!context().switches.campaign) return;
      guard('campaign', async () => {
        const campaign = await core.rpc.invoke('broadcasts.get', { id: transition.campaignId });
        show(
          campaignNotification(
            { ...transition, name: campaign.name, counts: campaign.progress.counts },
            context(),
          ),
        );
      });
    }),
  ];

  return {
    stop() {
      stops.forEach((stop) => stop());
      heldDisconnects.forEach((timer) => clearTimeout(timer));
      heldDisconnects.clear();
      live.clear();
    },
  };
}
