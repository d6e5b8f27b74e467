// Creating a campaign of a big list: recipients copied in slices, dealt to the devices in turn across slice
// boundaries, opted-out numbers skipped, and the campaign invisible until the copy is complete.
import { describe, expect, it } from 'vitest';
import { insertOptOut } from './contact-queries';
import { findCampaign, insertCampaign, listCampaigns } from './queries';
import { copyListNow, copySlices, deleteUnreadyCampaigns, SLICE_ROWS } from './recipient-copy';
import { seedDevice, seedList, tempDb } from './test-support';

const COUNT = 2 * SLICE_ROWS + 123;

function setup() {
  const db = tempDb();
  const devices = [
    seedDevice(db, '6281234567001').id,
    seedDevice(db, '6281234567002').id,
    seedDevice(db, '6281234567003').id,
  ];
  const listId = seedList(db, COUNT);
  const campaignId = insertCampaign(db, {
    name: 'Besar',
    listId,
    content: '{}',
    mediaData: null,
    deviceIds: devices,
    pacing: '{}',
  });
  return { db, devices, listId, campaignId };
}

describe('copying a list into a campaign', () => {
  it('copies in slices, hidden until complete, dealing devices in turn across slices', () => {
    const { db, devices, listId, campaignId } = setup();
    // One opted-out number on each side of the first slice boundary.
    const phoneAt = (i: number) => `62812345${String(60000 + i).padStart(5, '0')}`;
    insertOptOut(db, phoneAt(SLICE_ROWS - 1), 'test');
    insertOptOut(db, phoneAt(SLICE_ROWS), 'test');
    const steps = copySlices(db, campaignId, listId, devices, false);
    expect(steps.next()).toEqual({ value: SLICE_ROWS, done: false });
    expect(listCampaigns(db)).toEqual([]); // half copied: not shown, not sendable
    expect(findCampaign(db, campaignId)).toBeUndefined();
    while (!steps.next().done);
    expect(findCampaign(db, campaignId)).toMatchObject({ id: campaignId, skippedOptOut: 2 });
    const rows = db
      .prepare(
        `SELECT row_no AS rowNo, device_id AS deviceId, status FROM campaign_recipients WHERE campaign_id = ? ORDER BY row_no`,
      )
      .all(campaignId) as Array<{ rowNo: number; deviceId: number; status: string }>;
    expect(rows).toHaveLength(COUNT);
    expect(rows.every((r, i) => r.rowNo === i + 2 && r.deviceId === devices[i % devices.length])).toBe(true);
    expect(rows.filter((r) => r.status === 'skipped').map((r) => r.rowNo)).toEqual([
      SLICE_ROWS + 1,
      SLICE_ROWS + 2,
    ]);
  });

  it('removes a campaign whose copy was cut off, and keeps a finished one', () => {
    const { db, devices, listId, campaignId } = setup();
    copySlices(db, campaignId, listId, devices, false).next(); // the app stopped after one slice
    const done = insertCampaign(db, {
      name: 'Kecil',
      listId,
      content: '{}',
      mediaData: null,
      deviceIds: devices,
      pacing: '{}',
    });
    copyListNow(db, done, listId, devices, false);
    expect(deleteUnreadyCampaigns(db)).toBe(1);
    expect(listCampaigns(db).map((c) => c.id)).toEqual([done]);
    expect(
      (
        db.prepare(`SELECT count(*) AS n FROM campaign_recipients WHERE campaign_id = ?`).get(campaignId) as {
          n: number;
        }
      ).n,
    ).toBe(0);
  });
});
