// Fills inbox_fts (migration 020: the search index with word prefixes) from the messages an older version
// stored, newest first, in slices between the app's other work, so a large inbox opens at once and the REST API
// and the UI keep answering while it fills. Until it is full the search uses messages_fts; at the end the old
// index and its triggers are dropped.
import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import type { Logger } from '../logger';

/** About 10–20 ms of the app's thread per slice on this machine (a message costs ~15 µs to index). */
const ROWS_PER_SLICE = 1000;

const fillMark = (db: Database) =>
  (cached(db, 'SELECT below FROM search_fill WHERE id = 1').get() as { below: number } | undefined)?.below ??
  0;

/** Which full-text index the search reads: the new one once it holds every message. */
export const searchTable = (db: Database): 'inbox_fts' | 'messages_fts' =>
  fillMark(db) > 0 ? 'messages_fts' : 'inbox_fts';

/** Indexes the next slice below the mark; returns how many messages are still left for later slices. */
export function fillSearchSlice(db: Database, rows = ROWS_PER_SLICE): number {
  return db.transaction(() => {
    const below = fillMark(db);
    if (below <= 0) return 0;
    const slice = cached(db, 'SELECT id, body FROM messages WHERE id <= ? ORDER BY id DESC LIMIT ?').all(
      below,
      rows,
    ) as Array<{ id: number; body: string | null }>;
    const insert = cached(db, 'INSERT INTO inbox_fts (rowid, body) VALUES (?, ?)');
    for (const row of slice) insert.run(row.id, row.body);
    const next = slice.length === rows ? slice[slice.length - 1].id - 1 : 0;
    cached(db, 'UPDATE search_fill SET below = ? WHERE id = 1').run(next);
    return next;
  })();
}

const hasOldIndex = (db: Database) =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'messages_fts'`).get() !== undefined;

/** Drops the index the search no longer reads (once, after the fill). */
export function dropOldSearchIndex(db: Database): boolean {
  if (!hasOldIndex(db) || fillMark(db) > 0) return false;
  db.exec(`DROP TRIGGER IF EXISTS messages_fts_insert;
    DROP TRIGGER IF EXISTS messages_fts_delete;
    DROP TRIGGER IF EXISTS messages_fts_update;
    DROP TABLE messages_fts;`);
  return true;
}

/** Starts the background fill; returns a stop function (the fill resumes at the next start). */
export function startSearchIndexFill(db: Database, logger: Logger, rows = ROWS_PER_SLICE): () => void {
  const log = logger.child({ module: 'search-index' });
  let stopped = false;
  let timer: NodeJS.Immediate | null = null;
  const step = () => {
    timer = null;
    if (stopped) return;
    try {
      const left = fillSearchSlice(db, rows);
      if (left > 0) {
        timer = setImmediate(step);
        return;
      }
      if (dropOldSearchIndex(db)) log.info('inbox search index rebuilt with word prefixes');
    } catch (error) {
      log.error({ err: error }, 'inbox search index fill failed; the old index stays in use');
    }
  };
  if (fillMark(db) > 0 || hasOldIndex(db)) timer = setImmediate(step);
  return () => {
    stopped = true;
    if (timer) clearImmediate(timer);
  };
}
