/**
 * Factories for errors of sessions: malformed session names, sessions that do not exist (or no
 * longer do), the rules of BatchCreateSessions and DeleteSession, and creator roles the database
 * does not have. Messages are the official emulator's verbatim where it has them, and Spanner's
 * otherwise; clients key off NOT_FOUND + ResourceInfo of type Session to recreate a session.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';
import { invalid } from './status-builders';

export const SESSION_RESOURCE_TYPE = 'type.googleapis.com/google.spanner.v1.Session';

export function invalidSessionUri(uri: string): SpannerError {
  return invalid(`Invalid session uri: ${uri}`);
}

/** A session that was never created, was deleted, expired, or whose database was dropped. */
export function sessionNotFound(name: string): SpannerError {
  return new SpannerError(Code.NOT_FOUND, `Session not found: ${name}`, [
    {
      kind: 'resourceInfo',
      resourceType: SESSION_RESOURCE_TYPE,
      resourceName: name,
      owner: '',
      description: 'Session does not exist.',
    },
  ]);
}

export function tooFewSessions(count: number): SpannerError {
  return invalid(`Invalid number of sessions ${count}. Requested sessions should be greater than 0.`);
}

export function multiplexedSessionsNotBatchCreated(): SpannerError {
  return invalid('Multiplexed sessions may not be created in batch.');
}

export function multiplexedSessionNotDeletable(): SpannerError {
  return invalid('Multiplexed sessions may not be deleted.');
}

/** A creator role that is neither a system role nor created with CREATE ROLE (Spanner's answer). */
export function databaseRoleNotFound(role: string): SpannerError {
  return new SpannerError(Code.PERMISSION_DENIED, `Role not found: ${role}`);
}
