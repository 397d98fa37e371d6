/**
 * Spanner RPCs on sessions: CreateSession, BatchCreateSessions, GetSession, ListSessions,
 * DeleteSession. Every response carries the whole Session (labels included, also on GetSession,
 * where the official emulator leaves them out). The rules are in resources/sessions/.
 */
import { Empty } from '../../generated/google/protobuf/empty';
import {
  BatchCreateSessionsRequest,
  BatchCreateSessionsResponse,
  CreateSessionRequest,
  DeleteSessionRequest,
  GetSessionRequest,
  ListSessionsRequest,
  ListSessionsResponse,
  Session,
} from '../../generated/google/spanner/v1/spanner';
import type { AdminPlane } from '../resources/admin-plane';
import { paginateByKey } from '../resources/pagination';
import type { SessionRegistry } from '../resources/sessions/session-registry';
import type { SessionTemplate } from '../resources/sessions/session-rules';
import type { SessionRecord } from '../resources/sessions/session-store';
import * as sessions from '../resources/sessions/sessions';
import { timestampFromMicros } from '../convert/proto-time';
import type { UnaryHandler } from './handler-types';

function templateOf(session: Session | undefined): SessionTemplate {
  return {
    labels: session?.labels ?? {},
    creatorRole: session?.creatorRole ?? '',
    multiplexed: session?.multiplexed ?? false,
  };
}

function sessionToProto(record: SessionRecord): Session {
  return {
    name: record.name,
    labels: { ...record.labels },
    createTime: timestampFromMicros(record.createTime),
    approximateLastUseTime: timestampFromMicros(record.lastUseTime),
    creatorRole: record.creatorRole,
    multiplexed: record.multiplexed,
  };
}

export function createSession(
  admin: AdminPlane,
  registry: SessionRegistry,
): UnaryHandler<CreateSessionRequest, Session> {
  return async (request) =>
    sessionToProto(sessions.createSession(admin, registry, request.database, templateOf(request.session)));
}

export function batchCreateSessions(
  admin: AdminPlane,
  registry: SessionRegistry,
): UnaryHandler<BatchCreateSessionsRequest, BatchCreateSessionsResponse> {
  return async (request) => {
    const template = templateOf(request.sessionTemplate);
    const created = sessions.batchCreateSessions(admin, registry, request.database, template, request.sessionCount);
    return { session: created.map(sessionToProto) };
  };
}

export function getSession(registry: SessionRegistry): UnaryHandler<GetSessionRequest, Session> {
  return async (request) => sessionToProto(registry.get(request.name).session);
}

export function listSessions(
  admin: AdminPlane,
  registry: SessionRegistry,
): UnaryHandler<ListSessionsRequest, ListSessionsResponse> {
  return async (request) => {
    const listed = sessions.listSessions(admin, registry, request.database, request.filter);
    const page = paginateByKey(listed, (s) => s.name, request.pageSize, request.pageToken);
    return { sessions: page.items.map(sessionToProto), nextPageToken: page.nextPageToken };
  };
}

export function deleteSession(registry: SessionRegistry): UnaryHandler<DeleteSessionRequest, Empty> {
  return async (request) => {
    registry.delete(request.name);
    return {};
  };
}
