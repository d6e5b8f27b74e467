import { describe, expect, it } from 'vitest';
import { createChatQueue } from './chat-queue';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createChatQueue', () => {
  it('runs tasks of one chat in the order they were queued, and other chats alongside', async () => {
    const queue = createChatQueue();
    const done: string[] = [];
    await Promise.all([
      queue('a', async () => (await wait(40), done.push('a1'))),
      queue('a', async () => done.push('a2')),
      queue('b', async () => (await wait(10), done.push('b1'))),
    ]);
    expect(done).toEqual(['b1', 'a1', 'a2']);
  });

  it('keeps going after a failed task and hands each caller its own outcome', async () => {
    const queue = createChatQueue();
    const failed = queue('a', async () => {
      throw new Error('refused');
    });
    const next = queue('a', async () => 'sent');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('sent');
  });
});
