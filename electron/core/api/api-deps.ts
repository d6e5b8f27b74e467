// What the API server (REST routes, /rpc, /health, the renderer) is given by createCore. Its own module, so route
// files need not import server.ts (which imports them): no type cycle through api/.
import type { Restrictions } from '../restrictions/restrictions';
import type { Database } from 'better-sqlite3';
import type { PageLogin } from './gate/page-login';
import type { EventBus } from '../events';
import type { Logger } from '../logger';
import type { MessageSend } from '../messages/send';
import type { Rpc } from '../rpc/dispatch';
import type { SettingsStore } from '../settings/settings-store';
import type { SessionRegistry } from '../whatsapp/session-registry';
import type { GroupsFeature } from '../groups/feature';
import type { StatusFeature } from '../status/handlers';

export interface ApiDeps {
  db: Database;
  rpc: Rpc;
  events: EventBus;
  logger: Logger;
  version: string;
  rpcToken: string;
  settings: SettingsStore;
  sessions: SessionRegistry;
  /**
   * The send the REST routes use: messages/send.ts over the governed transport (app.ts wires it: devices that
   * opted in on the Safety tab are paced by the broadcast governor, broadcast/governed-sender.ts).
   */
  send: MessageSend;
  /** Status posts (/send-status), through the same governed send. */
  status: Pick<StatusFeature, 'postFromParams'>;
  /** Groups of the devices (/groups, /group-info, /create-group, /group-participants, /group-invite). */
  groups: GroupsFeature;
  /** WhatsApp's restrictions of each number (/device-info shows them). */
  restrictions: Pick<Restrictions, 'state'>;
  rendererDir?: string;
  allowedHosts: () => string[];
  /** Headless page login (gate/page-login.ts), when the page needs one (not bound to loopback, or asked for). */
  pageLogin?: PageLogin;
}
