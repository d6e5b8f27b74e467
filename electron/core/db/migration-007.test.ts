// Migration 007 (broadcasts): one contact per number in a list, recipients cascade with their campaign, and the
// runner's claim query uses the queue index.
import { describe, expect, it } from 'vitest';
import {
  insertCampaign,
  insertContactList,
  insertContacts,
  insertRecipientsFromList,
} from '../broadcast/queries';
import { seedDevice, tempDb } from '../broadcast/test-support';

describe('migration 007 broadcasts', () => {
  it('keeps one contact per number in a list', () => {
    const db = tempDb();
    const listId = insertContactList(db, 'A', [], 'test');
    const contact = { rowNo: 2, phone: '6281234567001', name: 'Budi', vars: '{}' };
    expect(insertContacts(db, listId, [contact, { ...contact, rowNo: 3 }])).toBe(1);
    expect(() =>
      db.prepare(`INSERT INTO contacts (list_id, row_no, phone) VALUES (?, 9, '6281234567001')`).run(listId),
    ).toThrow(/UNIQUE/);
  });

  it('deletes recipients with their campaign and uses the queue index to claim', () => {
    const db = tempDb();
    const device = seedDevice(db);
    const listId = insertContactList(db, 'A', [], 'test');
    insertContacts(db, listId, [{ rowNo: 2, phone: '6281234567001', name: '', vars: '{}' }]);
    const id = insertCampaign(db, {
      name: 'C',
      listId,
      content: '{}',
      mediaData: null,
      deviceIds: [device.id],
      pacing: '{}',
    });
    insertRecipientsFromList(db, id, listId, [device.id], false);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM campaign_recipients WHERE campaign_id = ? AND device_id = ? AND status = 'pending' ORDER BY id LIMIT 1`,
      )
      .all(id, device.id) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/campaign_recipients_queue/);
    db.prepare(`DELETE FROM campaigns WHERE id = ?`).run(id);
    expect(db.prepare(`SELECT count(*) AS n FROM campaign_recipients`).get()).toEqual({ n: 0 });
  });
});
