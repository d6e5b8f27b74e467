// What the model is told: the rules with the hand-over marker, the facts, each sheet as a pipe table, the chat's
// last messages as turns; knowledge past the limit is cut with a note.
import { describe, expect, it } from 'vitest';
import { HANDOVER_MARKER } from '../../../shared/ai';
import { chatTurns, HISTORY_MESSAGES, isHandover, KNOWLEDGE_CHAR_LIMIT, knowledgeText } from './prompt';

const sheet = {
  id: 1,
  name: 'Harga',
  columns: ['Produk', 'Harga'],
  rows: [
    ['Kopi | Susu', '18000'],
    ['Teh\nTarik', '15000'],
  ],
};

describe('AI prompt', () => {
  it('puts the rules, facts and sheets in the system turn and the last messages after it', () => {
    const history = Array.from({ length: 12 }, (_, i) => ({ fromMe: i % 2 === 1, body: `pesan ${i}` }));
    const turns = chatTurns('Buka 08-17', [sheet], [...history, { fromMe: false, body: '  ' }]);
    expect(turns[0].role).toBe('system');
    expect(turns[0].content).toContain(`reply with exactly ${HANDOVER_MARKER} and nothing else`);
    expect(turns[0].content).toContain('SHOP FACTS:\nBuka 08-17');
    // A cell's own pipe or line break cannot break the table.
    expect(turns[0].content).toContain(
      'SHEET "Harga"\nProduk | Harga\nKopi / Susu | 18000\nTeh Tarik | 15000',
    );
    expect(turns.slice(1).map((t) => t.content)).toEqual(
      history.slice(-HISTORY_MESSAGES + 1).map((m) => m.body),
    );
    expect(turns.at(-1)).toEqual({ role: 'assistant', content: 'pesan 11' });
  });

  it('cuts knowledge past the limit and recognises the marker inside other words', () => {
    const big = { ...sheet, rows: Array.from({ length: 5000 }, (_, i) => [`Produk ${i}`, String(i)]) };
    const text = knowledgeText('', [big]);
    expect(text.length).toBeLessThanOrEqual(KNOWLEDGE_CHAR_LIMIT + 20);
    expect(text.endsWith('(cut here)')).toBe(true);
    expect(isHandover(`Maaf kak ${HANDOVER_MARKER}`)).toBe(true);
    expect(isHandover('Kopi Susu: Rp 18000')).toBe(false);
  });
});
