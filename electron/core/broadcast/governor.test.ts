// Safety settings: a change of one setting keeps the others; stored across restarts of the feature.
import { describe, expect, it } from 'vitest';
import { broadcastMethods } from '../../../shared/broadcasts-contract';
import { createGovernor } from './governor';
import { tempDb } from './test-support';

describe('safety governor settings', () => {
  it('changes only the given settings and keeps them', () => {
    const db = tempDb();
    const governor = createGovernor(db);
    expect(governor.config()).toMatchObject({ hourlyCap: 200, dailyCap: 1000, warmupDays: 5 });
    governor.update(broadcastMethods['broadcasts.setGovernor'].input.parse({ hourlyCap: 40 }));
    governor.update(
      broadcastMethods['broadcasts.setGovernor'].input.parse({ optOutWords: ['STOP', 'BATAL'] }),
    );
    expect(createGovernor(db).config()).toMatchObject({
      hourlyCap: 40,
      dailyCap: 1000,
      optOutWords: ['STOP', 'BATAL'],
    });
  });

  it('refuses settings it does not know', () => {
    expect(broadcastMethods['broadcasts.setGovernor'].input.safeParse({ hourlyCapp: 1 }).success).toBe(false);
  });
});
