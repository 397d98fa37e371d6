/**
 * The rules a new session must satisfy, as Spanner and the official emulator check them: labels
 * (the same rules as instance labels), the creator role (a role of the database), the session
 * count of BatchCreateSessions, and how session ids are made. Validation only; creating and
 * finding sessions is the registry's business.
 */
import { randomBytes } from 'crypto';
import { databaseRoleNotFound, multiplexedSessionsNotBatchCreated, tooFewSessions } from '../../errors';
import type { Catalog } from '../../engine/schema/catalog/catalog';
import { lookupNamed } from '../../engine/schema/catalog/named-map';
import { SYSTEM_ROLES } from '../databases/database-roles';
import { validateLabels } from '../instances/instance-rules';

/** BatchCreateSessions returns at most this many sessions, whatever the request asks for. */
export const MAX_SESSIONS_PER_BATCH = 100;

/** What a request asks of each session it creates. */
export interface SessionTemplate {
  readonly labels: Readonly<Record<string, string>>;
  readonly creatorRole: string;
  readonly multiplexed: boolean;
}

export function validateSessionLabels(labels: Readonly<Record<string, string>>): void {
  validateLabels(labels);
}

/**
 * The creator role must be a role of the database: a system role or one made by CREATE ROLE
 * (names compare as the catalog compares them). Spanner refuses any other with PERMISSION_DENIED.
 */
export function validateCreatorRole(role: string, catalog: Catalog): void {
  if (role === '') return;
  if (SYSTEM_ROLES.includes(role.toLowerCase())) return;
  if (lookupNamed(catalog.roles, role) === undefined) throw databaseRoleNotFound(role);
}

/** How many sessions one BatchCreateSessions call creates; more than the cap are silently trimmed. */
export function batchSessionCount(requested: number, template: SessionTemplate): number {
  if (requested <= 0) throw tooFewSessions(requested);
  if (template.multiplexed) throw multiplexedSessionsNotBatchCreated();
  return Math.min(requested, MAX_SESSIONS_PER_BATCH);
}

/** A random, URL-safe session id of 264 bits, like Spanner's opaque ids. */
export function newSessionId(): string {
  return randomBytes(33).toString('base64url');
}
