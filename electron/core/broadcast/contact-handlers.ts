// contacts.* of the contract: import (file → sheet/columns, or pasted), saved lists, the WhatsApp check, opt-outs.
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract';
import { normalizePhone } from '../../../shared/phone';
import { AppError, appError } from '../errors';
import type { EventBus } from '../events';
import type { SessionRegistry } from '../whatsapp/session-registry';
import { createImportCache, importFromThread, importPasted } from './contact-lists';
import {
  contactPhones,
  deleteContactList,
  deleteContactsNotOnWhatsApp,
  deleteOptOut,
  deleteUnfinishedLists,
  findContactList,
  insertOptOut,
  listContactLists,
  listContacts,
  listOptOuts,
  renameContactList,
  setOnWhatsApp,
} from './contact-queries';

type ContactMethod =
  | 'contacts.inspectFile'
  | 'contacts.importFile'
  | 'contacts.importText'
  | 'contacts.lists'
  | 'contacts.get'
  | 'contacts.renameList'
  | 'contacts.removeList'
  | 'contacts.checkWhatsApp'
  | 'contacts.optOuts'
  | 'contacts.addOptOut'
  | 'contacts.removeOptOut';

export function requireList(db: Database, id: number) {
  const list = findContactList(db, id);
  if (!list) throw new AppError('not_found', `Contact list ${id} does not exist.`);
  return list;
}

/** Numbers per "is it on WhatsApp?" query, and the pause between queries (random in [pause, 2 × pause]). */
export const NUMBER_CHECK_BATCH = 20;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const NUMBER_CHECK_PAUSE_MS = 1500;

export function createContactHandlers(
  db: Database,
  sessions: SessionRegistry,
  region: () => string,
  events: EventBus,
  checkPauseMs = NUMBER_CHECK_PAUSE_MS,
) {
  deleteUnfinishedLists(db); // left by an import the app was stopped in the middle of
  const imports = createImportCache();
  return {
    'contacts.inspectFile': async ({ fileName, dataBase64 }) => {
      const { token, sheets } = await imports.add(fileName, Buffer.from(dataBase64, 'base64'));
      return { token, fileName, sheets };
    },
    'contacts.importFile': async ({ token, sheet, phoneColumn, nameColumn, name }) => {
      const file = imports.take(token);
      return importFromThread(
        db,
        imports.thread,
        token,
        {
          sheet,
          mapping: { phoneColumn, nameColumn },
          name,
          source: file.fileName,
          region: region(),
        },
        (stored, total) => events.emit('contacts.importProgress', { token, stored, total }),
      );
    },
    'contacts.importText': ({ name, text }) => importPasted(db, name, text, region()),
    'contacts.lists': () => listContactLists(db),
    'contacts.get': ({ id, limit, offset, search }) => ({
      list: requireList(db, id),
      contacts: listContacts(db, id, limit, offset, search),
    }),
    'contacts.renameList': ({ id, name }) => {
      requireList(db, id);
      renameContactList(db, id, name);
      return requireList(db, id);
    },
    'contacts.removeList': ({ id }) => ({ removed: deleteContactList(db, id) }),
    'contacts.checkWhatsApp': async ({ id, deviceId, removeMissing }) => {
      requireList(db, id);
      const sock = sessions.get(deviceId).openSocket();
      const contacts = contactPhones(db, id);
      let missing = 0;
      // Small batches at a human pace: thousands of onWhatsApp lookups at once draw restrictions themselves
      // (Evolution API #2228), so one usync query per 20 numbers with a random pause of 1.5–3 s between them.
      for (let i = 0; i < contacts.length; i += NUMBER_CHECK_BATCH) {
        if (i > 0) await pause(checkPauseMs * (1 + Math.random()));
        const batch = contacts.slice(i, i + NUMBER_CHECK_BATCH);
        const found = new Set(
          ((await sock.onWhatsApp(...batch.map((c) => c.phone))) ?? [])
            .filter((r) => r.exists)
            .map((r) => String(r.jid).split('@')[0].split(':')[0]),
        );
        const yes = batch.filter((c) => found.has(c.phone)).map((c) => c.id);
        const no = batch.filter((c) => !found.has(c.phone)).map((c) => c.id);
        setOnWhatsApp(db, yes, true);
        setOnWhatsApp(db, no, false);
        missing += no.length;
      }
      const removed = removeMissing ? deleteContactsNotOnWhatsApp(db, id) : 0;
      return { checked: contacts.length, notOnWhatsApp: missing, removed };
    },
    'contacts.optOuts': () => listOptOuts(db),
    'contacts.addOptOut': ({ phone }) => {
      const normalized = normalizePhone(phone, region());
      if (!normalized)
        throw appError('invalid_input', 'phone_invalid', undefined, { phone: 'phone_invalid' });
      insertOptOut(db, normalized, 'manual');
      return { phone: normalized };
    },
    'contacts.removeOptOut': ({ phone }) => ({
      removed: deleteOptOut(db, normalizePhone(phone, region()) ?? phone),
    }),
  } satisfies HandlersFor<ContactMethod>;
}
