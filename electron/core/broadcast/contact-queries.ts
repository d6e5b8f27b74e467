// SQL of contact lists, their contacts and the opt-out list.
import type { Database } from 'better-sqlite3';
import type { Contact, ContactList } from '../../../shared/broadcasts';
import type { ImportedContact } from './normalize-rows';

// ── Contact lists ──

const listColumns = `l.id, l.name, l.columns, l.source, l.created_at AS createdAt,
  (SELECT count(*) FROM contacts c WHERE c.list_id = l.id) AS contactCount,
  (SELECT count(*) FROM contacts c WHERE c.list_id = l.id AND c.on_whatsapp = 0) AS notOnWhatsApp,
  (SELECT count(*) FROM contacts c WHERE c.list_id = l.id AND c.on_whatsapp IS NOT NULL) AS checkedOnWhatsApp`;
type ListRow = Omit<ContactList, 'columns'> & { columns: string };
const toList = (row: ListRow): ContactList => ({ ...row, columns: JSON.parse(row.columns) });

/** `complete` false: the list stays hidden until finishContactList (an import storing it in slices). */
export function insertContactList(
  db: Database,
  name: string,
  columns: string[],
  source: string,
  complete = true,
): number {
  return Number(
    db
      .prepare(`INSERT INTO contact_lists (name, columns, source, complete) VALUES (?, ?, ?, ?)`)
      .run(name, JSON.stringify(columns), source, complete ? 1 : 0).lastInsertRowid,
  );
}

export function finishContactList(db: Database, id: number, columns: string[]): void {
  db.prepare(`UPDATE contact_lists SET columns = ?, complete = 1 WHERE id = ?`).run(
    JSON.stringify(columns),
    id,
  );
}

/** Lists an import was still storing when the app stopped: never shown, removed at the next start. */
export function deleteUnfinishedLists(db: Database): number {
  return db.prepare(`DELETE FROM contact_lists WHERE complete = 0`).run().changes;
}

/** Adds the contacts of a new list (already without duplicate numbers, see normalizeRows). */
export function insertContacts(db: Database, listId: number, contacts: ImportedContact[]): number {
  // 100 rows per statement: a 100,000-row list is stored in a fifth of the time of one statement per row.
  const CHUNK = 100;
  const sql = (n: number) =>
    `INSERT INTO contacts (list_id, row_no, phone, name, vars) VALUES ${Array(n).fill('(?, ?, ?, ?, ?)').join(', ')}`;
  const full = db.prepare(sql(CHUNK));
  let added = 0;
  for (let i = 0; i < contacts.length; i += CHUNK) {
    const chunk = contacts.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const c of chunk) params.push(listId, c.rowNo, c.phone, c.name, c.vars);
    added += (chunk.length === CHUNK ? full : db.prepare(sql(chunk.length))).run(...params).changes;
  }
  return added;
}

export function listContactLists(db: Database): ContactList[] {
  return (
    db
      .prepare(`SELECT ${listColumns} FROM contact_lists l WHERE l.complete = 1 ORDER BY l.id DESC`)
      .all() as ListRow[]
  ).map(toList);
}

export function findContactList(db: Database, id: number): ContactList | undefined {
  const row = db
    .prepare(`SELECT ${listColumns} FROM contact_lists l WHERE l.id = ? AND l.complete = 1`)
    .get(id) as ListRow | undefined;
  return row && toList(row);
}

export function renameContactList(db: Database, id: number, name: string): boolean {
  return db.prepare(`UPDATE contact_lists SET name = ? WHERE id = ?`).run(name, id).changes > 0;
}

export function deleteContactList(db: Database, id: number): boolean {
  return db.prepare(`DELETE FROM contact_lists WHERE id = ?`).run(id).changes > 0;
}

type ContactRow = Omit<Contact, 'vars' | 'onWhatsApp'> & { vars: string; onWhatsApp: number | null };
const toContact = (row: ContactRow): Contact => ({
  ...row,
  vars: JSON.parse(row.vars),
  onWhatsApp: row.onWhatsApp === null ? null : row.onWhatsApp === 1,
});

export function listContacts(
  db: Database,
  listId: number,
  limit: number,
  offset: number,
  search = '',
): Contact[] {
  const like = `%${search}%`;
  return (
    db
      .prepare(
        `SELECT id, row_no AS rowNo, phone, name, vars, on_whatsapp AS onWhatsApp FROM contacts
         WHERE list_id = ? AND (? = '' OR phone LIKE ? OR name LIKE ?) ORDER BY row_no LIMIT ? OFFSET ?`,
      )
      .all(listId, search, like, like, limit, offset) as ContactRow[]
  ).map(toContact);
}

/** The contact at that sheet row, or the next one after it (0 = the first). */
export function contactAtRow(
  db: Database,
  listId: number,
  rowNo: number,
): { rowNo: number; phone: string; name: string; vars: string } | undefined {
  return db
    .prepare(
      `SELECT row_no AS rowNo, phone, name, vars FROM contacts WHERE list_id = ? AND row_no >= ? ORDER BY row_no LIMIT 1`,
    )
    .get(listId, rowNo) as { rowNo: number; phone: string; name: string; vars: string } | undefined;
}

export function contactPhones(db: Database, listId: number): Array<{ id: number; phone: string }> {
  return db.prepare(`SELECT id, phone FROM contacts WHERE list_id = ? ORDER BY row_no`).all(listId) as Array<{
    id: number;
    phone: string;
  }>;
}

export function setOnWhatsApp(db: Database, ids: number[], onWhatsApp: boolean): void {
  const update = db.prepare(`UPDATE contacts SET on_whatsapp = ? WHERE id = ?`);
  db.transaction(() => ids.forEach((id) => update.run(onWhatsApp ? 1 : 0, id)))();
}

export function deleteContactsNotOnWhatsApp(db: Database, listId: number): number {
  return db.prepare(`DELETE FROM contacts WHERE list_id = ? AND on_whatsapp = 0`).run(listId).changes;
}

// ── Opt-outs ──

export function insertOptOut(db: Database, phone: string, word: string): boolean {
  return (
    db.prepare(`INSERT INTO opt_outs (phone, word) VALUES (?, ?) ON CONFLICT DO NOTHING`).run(phone, word)
      .changes > 0
  );
}

export function deleteOptOut(db: Database, phone: string): boolean {
  return db.prepare(`DELETE FROM opt_outs WHERE phone = ?`).run(phone).changes > 0;
}

export function isOptedOut(db: Database, phone: string): boolean {
  return db.prepare(`SELECT 1 FROM opt_outs WHERE phone = ?`).get(phone) !== undefined;
}

export function listOptOuts(db: Database): Array<{ phone: string; word: string; createdAt: string }> {
  return db
    .prepare(`SELECT phone, word, created_at AS createdAt FROM opt_outs ORDER BY created_at DESC`)
    .all() as Array<{
    phone: string;
    word: string;
    createdAt: string;
  }>;
}
