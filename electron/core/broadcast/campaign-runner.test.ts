// The campaign runner's job rows: failures, retry, crash leftovers, pause/resume and opt-outs mid-campaign.
import { describe, expect, it } from 'vitest';
import type { Pacing } from '../../../shared/broadcasts';
import { AppError } from '../errors';
import { createCampaignRunner } from './campaign-runner';
import { createGovernor } from './governor';
import { insertOptOut } from './contact-queries';
import { countRecipients, insertCampaign, requeueFailed, skipPending } from './queries';
import { copyListNow } from './recipient-copy';
import { fakeClock, runnerDeps, seedCampaign, tempDb } from './test-support';

const pacing: Pacing = {
  minDelaySec: 1,
  maxDelaySec: 2,
  batchSize: 0,
  batchPauseMin: 0,
  dailyCapPerDevice: 0,
  window: null,
  startAt: null,
};

function setup(count: number, send: (phone: string, attempt: number) => Promise<{ id: string }>) {
  const db = tempDb();
  const { device, listId, campaignId } = seedCampaign(db, {
    count,
    name: 'C',
    text: 'Halo {{name}} dari {{kota|Jakarta}}',
    pacing,
  });
  const governor = createGovernor(db);
  governor.update({ warmupDays: 0 });
  const attempts = new Map<string, number>();
  const texts: string[] = [];
  const clock = fakeClock(Date.UTC(2026, 2, 2, 3));
  const sendTimes: number[] = [];
  const runner = createCampaignRunner({
    ...runnerDeps(db, clock, governor),
    deviceExists: (id) => db.prepare(`SELECT 1 FROM devices WHERE id = ?`).get(id) !== undefined,
    send: (_deviceId, phone, message) => {
      attempts.set(phone, (attempts.get(phone) ?? 0) + 1);
      sendTimes.push(clock.now());
      if (message.kind === 'text') texts.push(message.text);
      return send(phone, attempts.get(phone)!);
    },
  });
  return { db, runner, campaignId, attempts, texts, sendTimes, listId, deviceId: device.id };
}

describe('campaign runner', () => {
  it('records a refused send as failed with its reason, and retries failed recipients on request', async () => {
    const { db, runner, campaignId, attempts, texts } = setup(3, async (phone, attempt) => {
      if (phone.endsWith('60001') && attempt === 1) throw new AppError('send_failed', 'not-acceptable');
      return { id: `M-${phone}-${attempt}` };
    });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(countRecipients(db, campaignId)).toMatchObject({ sent: 2, failed: 1 });
    expect(runner.progressOf(campaignId).status).toBe('done');
    expect(texts).toContain('Halo Pelanggan 1 dari Jakarta');
    expect(texts).toContain('Halo Pelanggan 2 dari Bandung');

    requeueFailed(db, campaignId);
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(countRecipients(db, campaignId)).toMatchObject({ sent: 3, failed: 0 });
    expect(attempts.get('6281234560001')).toBe(2);
  });

  it('puts a recipient back in the queue when the device drops during its send', async () => {
    let drops = 1;
    const { db, runner, campaignId } = setup(2, async (phone) => {
      if (drops-- > 0) throw new AppError('session_not_connected', 'Connection Closed');
      return { id: `M-${phone}` };
    });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(countRecipients(db, campaignId)).toMatchObject({ sent: 2, failed: 0, pending: 0 });
  });

  it('after a crash, sends the recipient that was in flight again (the one possible duplicate)', async () => {
    const { db, runner, campaignId, attempts } = setup(3, async (phone) => ({ id: `M-${phone}` }));
    db.prepare(`UPDATE campaign_recipients SET status = 'sending' WHERE row_no = 2 AND campaign_id = ?`).run(
      campaignId,
    );
    db.prepare(`UPDATE campaigns SET status = 'running' WHERE id = ?`).run(campaignId);
    runner.resumeAll();
    await runner.whenSettled(campaignId);
    expect(countRecipients(db, campaignId)).toMatchObject({ sent: 3, sending: 0 });
    expect([...attempts.values()]).toEqual([1, 1, 1]);
  });

  it('pauses between sends and resumes where it stopped', async () => {
    const sent: string[] = [];
    const { runner, campaignId } = setup(6, async (phone) => {
      sent.push(phone);
      if (sent.length === 2) void runner.pause(campaignId, 'user');
      return { id: `M-${phone}` };
    });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(sent).toHaveLength(2);
    expect(runner.progressOf(campaignId)).toMatchObject({ status: 'paused', pauseReason: 'user' });
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(new Set(sent).size).toBe(6);
  });

  it('skips a number that opted out after the campaign was created', async () => {
    const { db, runner, campaignId, attempts } = setup(3, async (phone) => ({ id: `M-${phone}` }));
    insertOptOut(db, '6281234560002', 'STOP');
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(attempts.has('6281234560002')).toBe(false);
    expect(countRecipients(db, campaignId)).toMatchObject({ sent: 2, skipped: 1 });
    expect(skipPending(db, campaignId, 'cancelled', 0)).toBe(0);
  });

  it('skips the share of a device that was deleted, so the campaign still finishes', async () => {
    const { db, runner, campaignId, attempts } = setup(2, async (phone) => ({ id: `M-${phone}` }));
    db.prepare(`DELETE FROM devices`).run();
    runner.start(campaignId);
    await runner.whenSettled(campaignId);
    expect(attempts.size).toBe(0);
    expect(countRecipients(db, campaignId)).toMatchObject({ skipped: 2 });
    expect(runner.progressOf(campaignId).status).toBe('done');
  });

  it('two campaigns on one number keep its pace between them', async () => {
    const { db, runner, campaignId, sendTimes, listId, deviceId } = setup(5, async (phone) => ({
      id: `M-${phone}-${Math.random()}`,
    }));
    const second = insertCampaign(db, {
      name: 'D',
      listId,
      content: JSON.stringify({ kind: 'text', text: 'Lagi {{name}}' }),
      mediaData: null,
      deviceIds: [deviceId],
      pacing: JSON.stringify(pacing),
    });
    copyListNow(db, second, listId, [deviceId], false);
    runner.start(campaignId);
    runner.start(second);
    await Promise.all([runner.whenSettled(campaignId), runner.whenSettled(second)]);
    expect(sendTimes).toHaveLength(10);
    const sorted = [...sendTimes].sort((a, b) => a - b);
    sorted
      .slice(1)
      .forEach((t, i) => expect(t - sorted[i]).toBeGreaterThanOrEqual(pacing.minDelaySec * 1000));
  });
});
