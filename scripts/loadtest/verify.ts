// Lost saves: every save an editor saw acknowledged must be in the database.
// A save is stored as the report's new content and version, and, in the same
// transaction, a `report.save` audit event naming the version it created
// (lib/reports/save-report-content.ts); the audit log is append-only, so it
// holds every version ever saved while the report row holds the last one.
import pg from 'pg';
import { savedText, type Content, type SaveLedger } from './ledger';

export interface SaveCheck {
  acknowledged: number;
  /** `report.save` events of the editors' reports since the scenario started. */
  stored: number;
  /** Stored versions no client was told about (answered as failed, or not answered). */
  storedUnacknowledged: number;
  failedReported: number;
  unanswered: number;
  /** Acknowledged saves missing from the database, each described. */
  lost: string[];
}

/** `reportIds`: the editors' reports; `since`: when the scenario started (the ledger holds its saves only). */
export async function checkSaves(url: string, reportIds: string[], ledger: SaveLedger, since: Date): Promise<SaveCheck> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const events = await client.query<{ report_id: string; version: number }>(
      `SELECT report_id, (details->>'version')::int AS version FROM audit_events WHERE action = 'report.save' AND report_id = ANY($1) AND at >= $2`,
      [reportIds, since],
    );
    const reports = await client.query<{ id: string; version: number; content: Content }>('SELECT id, version, content FROM reports WHERE id = ANY($1)', [reportIds]);
    const stored = new Set(events.rows.map((row) => `${row.report_id}@${row.version}`));
    const lost: string[] = [];
    let storedUnacknowledged = stored.size;
    for (const [reportId, versions] of ledger.acked) {
      for (const version of versions.keys()) {
        if (stored.has(`${reportId}@${version}`)) storedUnacknowledged--;
        else lost.push(`${reportId} version ${version}: no report.save event`);
      }
      // The report itself: at least the last acknowledged version, and that save's text when nothing came after it.
      const report = reports.rows.find((row) => row.id === reportId);
      const last = Math.max(...versions.keys());
      if (!report || report.version < last) lost.push(`${reportId}: stored version ${report?.version} < acknowledged ${last}`);
      else if (report.version === last && savedText(report.content) !== versions.get(last)) {
        lost.push(`${reportId} version ${last}: stored text “${savedText(report.content)}” is not the acknowledged “${versions.get(last)}”`);
      }
    }
    return {
      acknowledged: ledger.ackedCount,
      stored: stored.size,
      storedUnacknowledged,
      failedReported: ledger.failedReported,
      unanswered: ledger.unanswered,
      lost,
    };
  } finally {
    await client.end();
  }
}
