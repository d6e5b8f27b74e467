// A campaign's report as .xlsx: one row per recipient (row, number, name, status, error, sent at, message id).
import * as XLSX from '@e965/xlsx';
import type { Database } from 'better-sqlite3';
import { iterateRecipients } from './queries';

export const REPORT_COLUMNS = ['Row', 'Number', 'Name', 'Status', 'Error', 'Sent at', 'Message ID'];

export function buildReport(db: Database, campaignId: number): Buffer {
  const rows: unknown[][] = [REPORT_COLUMNS];
  for (const r of iterateRecipients(db, campaignId)) {
    rows.push([
      r.rowNo,
      r.phone,
      r.name,
      r.status,
      r.error ?? '',
      r.sentAt ? new Date(r.sentAt).toISOString() : '',
      r.messageId ?? '',
    ]);
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  // Numbers as text, so Excel never shows 6.28E+12.
  sheet['!cols'] = [{ wch: 6 }, { wch: 16 }, { wch: 24 }, { wch: 10 }, { wch: 30 }, { wch: 24 }, { wch: 24 }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Report');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

export function reportFileName(campaignName: string, campaignId: number): string {
  const safe =
    campaignName
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .slice(0, 60) || `campaign-${campaignId}`;
  return `${safe} - report.xlsx`;
}
