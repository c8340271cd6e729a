/**
 * `--format events-csv`: one row per event, the way event-data users load data into R or pandas
 * (GDELT/ACLED style). RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled; the header row is written once for a whole batch.
 *
 * `date` is the event's own date when the sentence gives one, else the document's publication
 * date (the convention of GDELT and POLECAT), else empty. Compound actors list their members'
 * countries joined by `;`.
 */
import type { Analysis, Event, EventActor } from '../types.js';

/** The columns, in order. */
export const EVENTS_CSV_COLUMNS = [
  'date', 'actor', 'actor_country', 'event_type', 'cameo_root', 'target', 'target_country', 'location',
  'hedged', 'negated', 'evidence', 'source_document', 'actor_code', 'target_code', 'symmetric',
  'reported_by', 'event_id', 'rule',
] as const;

/** Quotes one field per RFC 4180. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const countries = (a: EventActor | null) =>
  !a ? '' : a.country ?? [...new Set(a.members.map((m) => m.country).filter(Boolean))].join(';');

/** The row of one event. */
export function eventRow(e: Event, a: Analysis): string {
  const doc = a.document.origin.path ?? a.document.origin.url ?? a.document.origin.id ?? a.document.id;
  const location = e.location ? (e.location.country ? `${e.location.name} (${e.location.country})` : e.location.name) : '';
  return [
    e.date ?? a.document.published ?? '',
    e.actor?.name ?? '',
    countries(e.actor),
    e.type,
    e.cameo,
    e.target?.name ?? '',
    countries(e.target),
    location,
    e.hedged,
    e.negated,
    e.text.replace(/\s+/g, ' ').trim(),
    doc,
    e.actor?.code ?? '',
    e.target?.code ?? '',
    e.symmetric,
    e.reportedBy?.name ?? '',
    e.id,
    e.rule,
  ]
    .map(csvField)
    .join(',');
}

/** Renders the events of one analysis as CSV rows; with `header`, the header row first. */
export function renderEventsCsv(a: Analysis, header: boolean): string {
  const rows = a.events.map((e) => eventRow(e, a));
  if (header) rows.unshift(EVENTS_CSV_COLUMNS.join(','));
  return rows.length ? rows.join('\r\n') + '\r\n' : '';
}
