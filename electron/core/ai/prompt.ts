// What the model is told: answer only from the shop's facts and sheets, else write the hand-over marker; then the
// chat's last messages as turns. The whole knowledge goes into the instructions (no retrieval): a shop's price list
// is small, and a model can only be held to facts it was actually shown.
import { HANDOVER_MARKER } from '../../../shared/ai';
import type { ChatTurn } from './provider';
import type { KnowledgeSheet } from './queries';

/** Keeps the prompt within what small and local models take (~10k tokens); the page says when sheets are cut. */
export const KNOWLEDGE_CHAR_LIMIT = 40_000;
/** How many of the chat's last messages give the model the context of a follow-up ("yang merah?"). */
export const HISTORY_MESSAGES = 8;

const cell = (value: string) => value.replace(/\s+/g, ' ').replace(/\|/g, '/').trim();

/** A sheet as a pipe table: the header row, then one line per row. */
export function sheetText(sheet: Pick<KnowledgeSheet, 'name' | 'columns' | 'rows'>): string {
  const lines = [`SHEET "${sheet.name}"`, sheet.columns.map(cell).join(' | ')];
  for (const row of sheet.rows) lines.push(row.map(cell).join(' | '));
  return lines.join('\n');
}

export function knowledgeText(facts: string, sheets: KnowledgeSheet[]): string {
  const parts = [`SHOP FACTS:\n${facts.trim() || '(none)'}`, ...sheets.map(sheetText)];
  const text = parts.join('\n\n');
  return text.length > KNOWLEDGE_CHAR_LIMIT ? `${text.slice(0, KNOWLEDGE_CHAR_LIMIT)}\n(cut here)` : text;
}

export function systemPrompt(facts: string, sheets: KnowledgeSheet[]): string {
  return [
    'You answer WhatsApp messages from customers on behalf of a shop.',
    'Rules:',
    '1. Answer ONLY with what the SHOP FACTS and SHEETs below say. Never invent or guess prices, stock, opening hours, addresses, delivery costs or promises.',
    `2. If they do not contain the answer, or the customer wants a person, complain or order something that needs confirming, reply with exactly ${HANDOVER_MARKER} and nothing else.`,
    "3. Reply in the customer's language (usually Indonesian), short and friendly, as plain WhatsApp text without markdown tables.",
    '',
    knowledgeText(facts, sheets),
  ].join('\n');
}

export interface HistoryMessage {
  fromMe: boolean;
  body: string;
}

/** Oldest first; messages without text (stickers, receipts of media) say nothing to the model. */
export function chatTurns(facts: string, sheets: KnowledgeSheet[], history: HistoryMessage[]): ChatTurn[] {
  const turns: ChatTurn[] = [{ role: 'system', content: systemPrompt(facts, sheets) }];
  for (const message of history.slice(-HISTORY_MESSAGES)) {
    if (!message.body.trim()) continue;
    turns.push({ role: message.fromMe ? 'assistant' : 'user', content: message.body });
  }
  return turns;
}

/** A reply is a hand-over when the marker appears anywhere: small models sometimes add words around it. */
export const isHandover = (reply: string) => reply.includes(HANDOVER_MARKER);
