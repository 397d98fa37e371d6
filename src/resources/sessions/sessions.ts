/**
 * The session RPCs over the admin plane and the session registry: each checks what its request
 * asks in the order the official emulator does (the database name, labels, the session count,
 * then the instance and the database, then the creator role) and changes nothing when a check
 * fails. Protos are the handlers' business; finding a session for other RPCs is the registry's.
 */
import { requireDatabase } from '../databases/databases';
import type { AdminPlane } from '../admin-plane';
import { requireInstance } from '../instances/instances';
import { compileListFilter } from '../list-filter';
import { instanceName, parseDatabaseName } from '../resource-names';
import type { SessionRegistry } from './session-registry';
import { batchSessionCount, type SessionTemplate, validateCreatorRole, validateSessionLabels } from './session-rules';
import type { SessionRecord } from './session-store';

/** The instance first, then the database: a missing instance is reported as such. */
function requireLiveDatabase(plane: AdminPlane, database: string) {
  requireInstance(plane, instanceName(parseDatabaseName(database)));
  return requireDatabase(plane, database);
}

export function createSession(
  plane: AdminPlane,
  sessions: SessionRegistry,
  database: string,
  template: SessionTemplate,
): SessionRecord {
  parseDatabaseName(database);
  validateSessionLabels(template.labels);
  const live = requireLiveDatabase(plane, database);
  validateCreatorRole(template.creatorRole, live.database.catalog);
  return sessions.create(database, template, 1)[0];
}

/** At most 100 sessions per call, fewer than requested when more are asked for. */
export function batchCreateSessions(
  plane: AdminPlane,
  sessions: SessionRegistry,
  database: string,
  template: SessionTemplate,
  requested: number,
): SessionRecord[] {
  parseDatabaseName(database);
  validateSessionLabels(template.labels);
  const count = batchSessionCount(requested, template);
  const live = requireLiveDatabase(plane, database);
  validateCreatorRole(template.creatorRole, live.database.catalog);
  return sessions.create(database, template, count);
}

/**
 * The database's sessions matching `filter`, sorted by name; multiplexed sessions are never
 * listed. The filter knows only `labels.<key>`, as Spanner documents: `labels.env:*` (has the
 * label), `labels.env:dev` (its value contains "dev"), combined with AND, OR, NOT.
 */
export function listSessions(
  plane: AdminPlane,
  sessions: SessionRegistry,
  database: string,
  filter: string,
): SessionRecord[] {
  requireLiveDatabase(plane, database);
  const keep = compileListFilter(filter, isLabelField, labelOf);
  return sessions.listed(database).filter(keep);
}

function isLabelField(field: string): boolean {
  return field.startsWith('labels.') && field.length > 'labels.'.length;
}

/** Filters are case-insensitive and label keys are lower case, so the key is looked up lower-cased. */
function labelOf(session: SessionRecord, field: string): string | undefined {
  const key = field.slice('labels.'.length).toLowerCase();
  return Object.prototype.hasOwnProperty.call(session.labels, key) ? session.labels[key] : undefined;
}
