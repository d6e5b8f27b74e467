// The app's pages in navigation order: hash path, label key, icon, page component.
import {
  IconApi,
  IconBroadcast,
  IconDeviceMobile,
  IconInbox,
  IconPencil,
  IconSettings,
  IconSparkles,
  IconUsersGroup,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { AiPage } from './pages/Ai.page';
import { ApiPage } from './pages/Api.page';
import { BroadcastsPage } from './pages/Broadcasts.page';
import { ComposePage } from './pages/Compose.page';
import { DevicesPage } from './pages/Devices.page';
import { GroupsPage } from './pages/Groups.page';
import { InboxPage } from './pages/Inbox.page';
import { SettingsPage } from './pages/Settings.page';
import { WebhooksPage } from './pages/Webhooks.page';

export interface AppRoute {
  path: string;
  label:
    | 'nav.devices'
    | 'nav.compose'
    | 'nav.broadcasts'
    | 'nav.inbox'
    | 'nav.ai'
    | 'nav.groups'
    | 'nav.webhooks'
    | 'nav.api'
    | 'nav.settings';
  icon: Icon;
  page: ComponentType;
}

export const routes: AppRoute[] = [
  { path: 'devices', label: 'nav.devices', icon: IconDeviceMobile, page: DevicesPage },
  { path: 'compose', label: 'nav.compose', icon: IconPencil, page: ComposePage },
  { path: 'broadcasts', label: 'nav.broadcasts', icon: IconBroadcast, page: BroadcastsPage },
  { path: 'inbox', label: 'nav.inbox', icon: IconInbox, page: InboxPage },
  { path: 'groups', label: 'nav.groups', icon: IconUsersGroup, page: GroupsPage },
  { path: 'ai', label: 'nav.ai', icon: IconSparkles, page: AiPage },
  { path: 'webhooks', label: 'nav.webhooks', icon: IconWebhook, page: WebhooksPage },
  { path: 'api', label: 'nav.api', icon: IconApi, page: ApiPage },
  { path: 'settings', label: 'nav.settings', icon: IconSettings, page: SettingsPage },
];

export const routeOf = (path: string): AppRoute => routes.find((route) => route.path === path) ?? routes[0];
