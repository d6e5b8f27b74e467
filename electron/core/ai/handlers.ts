// AI replies part of the contract: settings (the key masked), knowledge sheets, device rules, chat state, the
// test question and "suggest a reply".
import type { Database } from 'better-sqlite3';
import { AI_TEST_QUESTION, type AiSettings } from '../../../shared/ai';
import type { HandlersFor } from '../../../shared/contract';
import { findDevice, listDevices } from '../devices/queries';
import { appError, AppError } from '../errors';
import type { EventBus } from '../events';
import { findChat } from '../messages/inbox-queries';
import type { Asker } from './answer';
import { importKnowledgeSheets, sheetSummary } from './knowledge-sheets';
import {
  aiWaIds,
  countAiReplies,
  deleteSheet,
  listChatStates,
  listSheets,
  readAiConfig,
  readChatState,
  readDeviceRule,
  writeAiConfig,
  writeChatState,
  writeDeviceRule,
} from './queries';
import { chatHistory, startOfLocalDay } from './responder';

/** Enough of the key to recognise which one is stored; the rest never leaves core. */
export const keyHint = (key: string) => (key ? `…${key.length > 8 ? key.slice(-4) : ''}` : null);

export function createAiHandlers(db: Database, events: EventBus, asker: Asker, now: () => number) {
  const deviceState = (deviceId: number) => ({
    ...readDeviceRule(db, deviceId),
    repliesToday: countAiReplies(db, deviceId, startOfLocalDay(now())),
  });
  const settings = (): AiSettings => {
    const { apiKey, ...config } = readAiConfig(db);
    return {
      ...config,
      apiKeySet: apiKey !== '',
      apiKeyHint: keyHint(apiKey),
      sheets: listSheets(db).map(sheetSummary),
      devices: listDevices(db).map((device) => deviceState(device.id)),
    };
  };
  const changed = <T>(result: T, deviceId: number | null = null, chatId: number | null = null): T => {
    events.emit('ai.changed', { deviceId, chatId });
    return result;
  };
  const requireChat = (chatId: number) => {
    const chat = findChat(db, chatId);
    if (!chat) throw appError('not_found', 'ai_chat_missing');
    return chat;
  };
  const chatState = (chatId: number) => {
    const chat = requireChat(chatId);
    return { ...readChatState(db, chatId, chat.deviceId), aiWaIds: aiWaIds(db, chatId) };
  };
  const stripDevice = <T extends { deviceId: number }>({ deviceId: _deviceId, ...rest }: T) => rest;

  return {
    'ai.settings': () => settings(),
    'ai.setSettings': (patch) => {
      writeAiConfig(db, patch);
      return changed(settings());
    },
    'ai.setDevice': ({ deviceId, ...patch }) => {
      if (!findDevice(db, deviceId)) throw new AppError('not_found', `Device ${deviceId} does not exist.`);
      writeDeviceRule(db, { ...readDeviceRule(db, deviceId), ...patch });
      return changed(deviceState(deviceId), deviceId);
    },
    'ai.importSheet': ({ fileName, dataBase64 }) =>
      changed(importKnowledgeSheets(db, fileName, Buffer.from(dataBase64, 'base64'), now())),
    'ai.removeSheet': ({ id }) => changed({ removed: deleteSheet(db, id) }),
    'ai.test': ({ question }) => asker.ask(null, [{ fromMe: false, body: question ?? AI_TEST_QUESTION }]),
    'ai.suggest': ({ chatId }) => asker.ask(requireChat(chatId).deviceId, chatHistory(db, chatId)),
    'ai.chat': ({ chatId }) => stripDevice(chatState(chatId)),
    'ai.chats': ({ deviceId }) => listChatStates(db, deviceId).map(stripDevice),
    'ai.setChat': ({ chatId, aiOff, needsPerson }) => {
      const chat = requireChat(chatId);
      const state = readChatState(db, chatId, chat.deviceId);
      writeChatState(db, {
        ...state,
        aiOff: aiOff ?? state.aiOff,
        needsPerson: needsPerson ?? state.needsPerson,
      });
      return changed(stripDevice(chatState(chatId)), chat.deviceId, chatId);
    },
  } satisfies HandlersFor<
    | 'ai.settings'
    | 'ai.setSettings'
    | 'ai.setDevice'
    | 'ai.importSheet'
    | 'ai.removeSheet'
    | 'ai.test'
    | 'ai.suggest'
    | 'ai.chat'
    | 'ai.chats'
    | 'ai.setChat'
  >;
}
