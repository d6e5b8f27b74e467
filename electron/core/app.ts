// createCore: the whole product without a window — database, events, contract handlers, HTTP server.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Handlers, HandlersFor } from '../../shared/contract';
import { openDatabase, type Database } from './db/database';
import { createDeviceHandlers } from './devices/handlers';
import { createEventBus, type EventBus } from './events';
import { createLogger, type Logger } from './logger';
import { quietLibsignalConsole } from './libsignal-console';
import type { ApiDeps } from './api/api-deps';
import { buildApiServer } from './api/server';
import { createComposeHandlers } from './compose/handlers';
import { listenApi, type ApiStatus } from './api/listen';
import { allowedHostsFor, isWildcardHost, lanAddresses } from './api/lan';
import { createPageLogin, isLoopbackHost } from './api/gate/page-login';
import { createRpc, type Rpc } from './rpc/dispatch';
import { assertDistinctMethods } from './rpc/handlers';
import { createSettingsHandlers } from './settings/handlers';
import { createUpdatesFeature, type UpdatesFeature } from './updates/handlers';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { APP_NAME, APP_VERSION } from './version';
import { createSessionHandlers } from './sessions/handlers';
import type { SessionTimings } from './whatsapp/session';
import { createSessionRegistry, type SessionRegistry } from './whatsapp/session-registry';
import { createWhatsAppSender } from './whatsapp/send';
import { sendAddressOf } from './whatsapp/lid-address';
import { applyEmulatorTrust, type WaOptions } from './whatsapp/wa-options';
import type { MessageSender, SendRequest, SentMessage } from './messages/sender';
import { createMessageSend, requireOpenDevice, type MessageSend } from './messages/send';
import { governedSender } from './broadcast/governed-sender';
import { createBroadcastFeature, type BroadcastFeature } from './broadcast/handlers';
import { createInboundPipeline, type InboundPipeline } from './messages/inbound-pipeline';
import { createInboxHandlers } from './inbox/handlers';
import { startSearchIndexFill } from './messages/search-index';
import { rememberSentMenus } from './messages/inbound-outgoing';
import type { JobRetryPolicy } from './jobs/backoff';
import { createWebhookOutbox, type WebhookOutbox } from './webhooks/outbox';
import { createWebhookHandlers } from './webhooks/handlers';
import { writeWebhookConfig } from './webhooks/queries';
import { attachAutoReplies } from './auto-replies/responder';
import { createAutoReplyHandlers } from './auto-replies/handlers';
import { mediaAgent, mediaDispatcher } from './whatsapp/wa-options';
import { createSentPruneJob } from './whatsapp/sent-prune';
import { createRestrictions, type Restrictions, type RestrictionTimings } from './restrictions/restrictions';
import { restrictedSender } from './restrictions/restricted-sender';
import { createRestrictionHandlers } from './restrictions/handlers';
import { createReplyClock } from './auto-replies/reply-clock';
import { createChatHandover } from './ai/handover';
import { personTransport } from './ai/person-sends';
import { createAiFeature } from './ai/feature';
import { createGroupsFeature, type GroupsFeature } from './groups/feature';
import { createGroupsHandlers } from './groups/handlers';
import { groupMetadataOf } from './groups/queries';
import { createCampaignStatus } from './status/campaign-status';
import { createStatusFeature } from './status/handlers';
import type { DataKeys } from './secrets/keystore';
import { startSecrets } from './secrets/start-secrets';

export interface CoreOptions {
  dataDir: string;
  apiHost?: string;
  /** Overrides the port stored in settings for this run (--port, WASENDER_PORT); 0 picks a free port. */
  apiPort?: number;
  /** Stored as the API key (--api-key, WASENDER_API_KEY). */
  apiKey?: string;
  /** Built renderer to serve at / (headless mode). */
  rendererDir?: string;
  mode?: 'desktop' | 'headless';
  logger?: Logger;
  /** WhatsApp endpoint and trust (the emulator in tests and demos). */
  wa?: WaOptions;
  /** Shorter session timers for tests. */
  sessionTimings?: Partial<SessionTimings>;
  /** Stored as the global default webhook URL (--webhook-url, WASENDER_WEBHOOK_URL). */
  webhookUrl?: string;
  /**
   * Headless page password (--ui-password, WASENDER_UI_PASSWORD); the API key logs in too. With it the page asks
   * for a login also on 127.0.0.1; without it, only when listening beyond this computer.
   */
  uiPassword?: string;
  /** Webhook retry timings (tests use milliseconds instead of seconds). */
  webhookRetry?: Partial<JobRetryPolicy>;
  /** Margin after a timelock and fetch interval (tests use seconds). */
  restrictionTimings?: Partial<RestrictionTimings>;
  /** Pause between "on WhatsApp?" batches of a list check (tests use a few ms). */
  numberCheckPauseMs?: number;
  /** Pause between batches of group adds (groups/manage.ts; tests shorten it). */
  groupAddPauseMs?: number;
  /**
   * The data key that seals WhatsApp keys and secrets (secrets/keystore.ts: desktop through safeStorage, headless
   * from its key file). Without it they are stored in plaintext, as before.
   */
  dataKeys?: DataKeys;
}

export interface Core {
  db: Database;
  events: EventBus;
  rpc: Rpc;
  settings: SettingsStore;
  sessions: SessionRegistry;
  /** The transport (WhatsApp sessions): tests send raw content through it, the device found by its number. */
  sender: { send(request: Omit<SendRequest, 'deviceId'>): Promise<SentMessage> };
  /** The one send path, ungoverned (the REST API and compose use the governed one). */
  send: MessageSend;
  broadcast: BroadcastFeature;
  groups: GroupsFeature;
  /** WhatsApp's restrictions of each number (timelock, new-chat cap). */
  restrictions: Restrictions;
  /** Self-update status; the shell plugs its driver in (desktop updater, headless release check). */
  updates: UpdatesFeature;
  inbound: InboundPipeline;
  webhooks: WebhookOutbox;
  server: FastifyInstance;
  api: ApiStatus;
  rpcToken: string;
  /** The headless page asks for a login (gate/page-login.ts). */
  pageLoginRequired: boolean;
  logger: Logger;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? createLogger();
  quietLibsignalConsole(logger);
  const db = openDatabase(options.dataDir);
  // Before any feature reads a secret: the box is attached and an older install's plaintext sealed.
  const keyProtection = startSecrets(db, options.dataKeys, logger);
  const events = createEventBus();
  const settings = createSettingsStore(db);
  if (options.apiKey) settings.update({ apiKey: options.apiKey });

  const host = options.apiHost ?? (settings.get().listenOnLan ? '0.0.0.0' : '127.0.0.1');
  const api: ApiStatus = { url: '', listening: false, error: null };
  // Off this computer the headless page (and its RPC token) needs a login; --ui-password asks for one anyway.
  const pageLoginRequired = options.mode === 'headless' && (!isLoopbackHost(host) || !!options.uiPassword);
  const port = () => Number(new URL(api.url).port);
  const appHandlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: options.dataDir,
      apiUrl: api.url,
      apiLanUrls:
        isWildcardHost(host) && api.listening ? lanAddresses().map((ip) => `http://${ip}:${port()}`) : [],
      apiListening: api.listening,
      apiError: api.error,
      mode: options.mode ?? 'desktop',
      pageLogin: pageLoginRequired,
      keyProtection,
    }),
  } satisfies HandlersFor<'app.info'>;
  const wa = options.wa ?? {};
  if (applyEmulatorTrust(wa))
    logger.warn(`Trusting a custom WhatsApp root key for ${wa.waUrl} (emulator mode)`);
  const agent = mediaAgent(wa);
  const sessions = createSessionRegistry({ db, events, logger, wa, agent, timings: options.sessionTimings });
  const sentPrune = createSentPruneJob(db, sessions.sent, logger);
  // Downloads go through Baileys' fetch, which takes a dispatcher rather than an https Agent.
  const dispatcher = mediaDispatcher(wa);
  const inbound = createInboundPipeline({
    db,
    events,
    logger,
    sessions,
    mediaDispatcher: dispatcher,
    knownGroup: (deviceId, jid) => groupMetadataOf(db, deviceId, jid),
  });
  const restrictions = createRestrictions({
    db,
    events,
    logger,
    sessions,
    timings: options.restrictionTimings,
  });
  // Who has a chat: a person's send (inbox reply, compose, the phone) pauses the AI there (ai/handover.ts).
  const handover = createChatHandover({
    db,
    events,
    logger,
    sentByApp: async (deviceId, waId) => (await sessions.sent.getMessage(deviceId, waId)) !== undefined,
    now: Date.now,
  });
  const asPersonSends = (transport: MessageSender) =>
    personTransport(transport, (deviceId, jid) => handover.personWroteTo(deviceId, jid));
  // The transport: the WhatsApp sessions, remembering each menu's options so replies resolve to them, and never
  // starting a new chat while WhatsApp forbids it (restrictions/restricted-sender.ts).
  const sender = restrictedSender(
    db,
    restrictions,
    rememberSentMenus(
      createWhatsAppSender(sessions, (to) => sendAddressOf(db, to)),
      inbound,
    ),
  );
  // The one send path (messages/send.ts) over a transport: check device, resolve media, build, send.
  const sendOver = (transport: MessageSender) =>
    createMessageSend({
      transport,
      requireSender: requireOpenDevice(db, sessions),
      // Media links: never link-local/metadata addresses; this computer and the LAN as Settings say.
      fetchOptions: { allowLocal: () => settings.get().allowLocalMediaUrls },
    });
  // Campaigns (which pace themselves), inbox replies, auto-replies and webhook replies send ungoverned …
  const send = sendOver(sender);
  // A campaign's "also post as Status" goes through the plain send too.
  const campaignStatus = createCampaignStatus({ db, events, logger, send });
  const groups = createGroupsFeature({
    db,
    logger,
    sessions,
    addPauseMs: options.groupAddPauseMs,
    changed: (deviceId) => events.emit('groups.changed', { deviceId }),
  });
  const groupsHandlers = createGroupsHandlers(db, groups);
  const broadcast = createBroadcastFeature({
    db,
    events,
    logger,
    settings,
    sessions,
    send,
    restrictions: restrictions.forCampaigns,
    numberCheckPauseMs: options.numberCheckPauseMs,
    campaignStatus,
  });
  // … the REST API and compose through the safety governor (devices that opted in on the Safety tab).
  const governedTransport = governedSender(db, broadcast.governor, sender);
  const governedSend = sendOver(governedTransport);
  // Status posts from the REST API and compose count against the Safety limits like any other send.
  const status = createStatusFeature({
    db,
    events,
    logger,
    sessions,
    send: governedSend,
    campaigns: campaignStatus,
    region: () => settings.get().defaultRegion,
  });
  const settingsHandlers = createSettingsHandlers(settings, events);
  const deviceHandlers = createDeviceHandlers(db, settings, events, {
    beforeRemove: (id) => sessions.forget(id),
  });
  const sessionHandlers = createSessionHandlers(sessions);
  if (options.webhookUrl) writeWebhookConfig(db, { defaultUrl: options.webhookUrl });
  const webhooks = createWebhookOutbox({
    db,
    events,
    logger,
    pipeline: inbound,
    send,
    policy: options.webhookRetry,
  });
  const replyClock = createReplyClock();
  attachAutoReplies(db, inbound, send, logger, {
    offlineMaxAgeMs: () => settings.get().offlineReplyMaxHours * 3_600_000,
    whenOpen: (deviceId) => sessions.whenOpen(deviceId),
    clock: replyClock,
  });
  // After the keyword rules: the AI answers what none of them matched (ai/responder.ts).
  const ai = createAiFeature({
    db,
    events,
    logger,
    pipeline: inbound,
    send,
    handover,
    clock: replyClock,
    webhooks,
    offlineMaxAgeMs: () => settings.get().offlineReplyMaxHours * 3_600_000,
    whenOpen: (deviceId) => sessions.whenOpen(deviceId),
  });
  // An inbox reply and a compose send are a person's: the AI leaves that chat to them.
  const inboxHandlers = createInboxHandlers(db, events, sessions, sendOver(asPersonSends(sender)), {
    dispatcher,
    logger,
  });
  const webhookHandlers = createWebhookHandlers(db, events, webhooks);
  const autoReplyHandlers = createAutoReplyHandlers(db, events);
  const updates = createUpdatesFeature(events, APP_VERSION);
  const composeHandlers = createComposeHandlers(
    sendOver(asPersonSends(governedTransport)),
    () => settings.get().defaultRegion,
    logger,
  );
  const restrictionHandlers = createRestrictionHandlers(restrictions);
  const slices = [
    appHandlers,
    settingsHandlers,
    deviceHandlers,
    sessionHandlers,
    inboxHandlers,
    webhookHandlers,
    autoReplyHandlers,
    composeHandlers,
    broadcast.handlers,
    restrictionHandlers,
    status.handlers,
    groupsHandlers,
    updates.handlers,
    ai.handlers,
  ];
  assertDistinctMethods(...slices);
  const handlers = {
    ...appHandlers,
    ...settingsHandlers,
    ...deviceHandlers,
    ...sessionHandlers,
    ...inboxHandlers,
    ...webhookHandlers,
    ...autoReplyHandlers,
    ...composeHandlers,
    ...broadcast.handlers,
    ...restrictionHandlers,
    ...status.handlers,
    ...groupsHandlers,
    ...updates.handlers,
    ...ai.handlers,
  } satisfies Handlers;
  const rpc = createRpc(handlers);

  const rpcToken = randomBytes(24).toString('base64url');
  const apiDeps: ApiDeps = {
    db,
    rpc,
    events,
    logger,
    version: APP_VERSION,
    rpcToken,
    settings,
    sessions,
    send: governedSend,
    status,
    groups,
    restrictions,
    rendererDir: options.rendererDir,
    allowedHosts: () => allowedHostsFor(host),
    pageLogin: pageLoginRequired
      ? createPageLogin({
          secrets: () => [settings.get().apiKey, ...(options.uiPassword ? [options.uiPassword] : [])],
          language: () => settings.get().language,
        })
      : undefined,
  };
  const server = await buildApiServer(apiDeps);
  Object.assign(api, await listenApi(server, host, options.apiPort ?? settings.get().apiPort, logger));
  inbound.start(); // before startAll, so no socket's first messages are missed
  webhooks.start();
  sentPrune.start();
  broadcast.start(); // registers its socket listener before startAll
  restrictions.start(); // likewise
  status.start(); // view receipts of Status posts
  groups.start(); // the groups of each device, kept from its socket's events
  sessions.startAll();
  // An inbox from before the prefix search index is indexed again in the background (messages/search-index.ts).
  const stopSearchFill = startSearchIndexFill(db, logger);

  let closed = false;
  return {
    db,
    events,
    rpc,
    settings,
    sessions,
    sender: {
      send: (request) => sender.send({ ...request, deviceId: sessions.byNumber(request.sender).deviceId }),
    },
    send,
    broadcast,
    groups,
    restrictions,
    updates,
    inbound,
    webhooks,
    server,
    api,
    rpcToken,
    pageLoginRequired: apiDeps.pageLogin !== undefined,
    logger,
    async close() {
      if (closed) return;
      closed = true;
      stopSearchFill();
      await broadcast.close();
      restrictions.stop();
      sessions.closeAll();
      await webhooks.stop();
      await sentPrune.stop();
      await server.close();
      await dispatcher.destroy();
      db.close();
    },
  };
}
