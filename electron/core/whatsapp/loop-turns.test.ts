import { describe, expect, it } from 'vitest';
import { letTheLoopTurn } from './loop-turns';

/** A step of Signal work: synchronous CPU for `ms`, as libsignal's crypto is. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('letTheLoopTurn', () => {
  it('lets timers and I/O run in the middle of a long promise chain', async () => {
    let turned = false;
    let stepsWhenTurned = -1;
    let steps = 0;
    setImmediate(() => {
      turned = true;
      stepsWhenTurned = steps;
    });
    // 40 steps of 2 ms chained through awaits: without a turn they all run as microtasks before the immediate.
    for (; steps < 40; steps++) {
      busy(2);
      await letTheLoopTurn();
    }
    expect(turned).toBe(true);
    expect(stepsWhenTurned).toBeGreaterThan(0);
    expect(stepsWhenTurned).toBeLessThan(40);
  });

  it('costs no turn while the chain is short', async () => {
    await new Promise((resolve) => setImmediate(resolve)); // a fresh turn
    let turned = false;
    setImmediate(() => (turned = true));
    for (let i = 0; i < 100; i++) await letTheLoopTurn();
    expect(turned).toBe(false);
  });
});
