/**
 * What Spanner refuses in a proto bundle once it is built: messages declaring extensions, the
 * MessageSet type (in the listed messages and every message reachable through their fields), and
 * types in Spanner's reserved packages. Field types are resolved among the bundle's own files;
 * one declared elsewhere is unknown and, as in Spanner, not checked. Spanner's checks of
 * GoogleSQL's own option extensions (format, use_defaults...) are not made here.
 */

import {
  protoMessageExtensionsNotSupported,
  protoMessageTypeNotSupported,
  restrictedProtoPackage,
} from '../../../errors/proto-bundle-errors';
import type { BuiltBundle } from './proto-bundle-builder';
import { messagesOf, type MessageDescriptor } from './proto-descriptor-set';

const TYPE_MESSAGE = 11;
const MESSAGE_SET = 'proto2.bridge.MessageSet';
const RESTRICTED_PACKAGES = ['spanner', 'tech.spanner'];

/** Feature checks first, then reserved packages, each over the types in order (Spanner's order). */
export function checkBundleFeatures(bundle: BuiltBundle): void {
  const messages = new Map<string, MessageDescriptor>();
  for (const file of bundle.files) for (const [name, m] of messagesOf(file)) messages.set(name, m);
  for (const type of bundle.types) {
    if (messages.has(type)) checkMessage(type, messages, new Set());
  }
  for (const type of bundle.types) {
    const reserved = RESTRICTED_PACKAGES.find((p) => type.startsWith(`${p}.`));
    if (reserved !== undefined) throw restrictedProtoPackage(type, reserved);
  }
}

/** `path` holds the messages being checked above this one: a cycle back to one of them is fine. */
function checkMessage(name: string, messages: ReadonlyMap<string, MessageDescriptor>, path: Set<string>): void {
  if (path.has(name)) return;
  const message = messages.get(name);
  if (message === undefined) return;
  path.add(name);
  if ((message.extension ?? []).length > 0) throw protoMessageExtensionsNotSupported(name);
  if (name === MESSAGE_SET) throw protoMessageTypeNotSupported(name);
  for (const field of message.field ?? []) {
    if (field.type !== TYPE_MESSAGE || field.typeName === undefined) continue;
    const target = resolveTypeName(field.typeName, name, messages);
    if (target !== undefined) checkMessage(target, messages, path);
  }
  path.delete(name);
}

/**
 * A field's type name: fully qualified when it starts with a dot (what protoc writes), otherwise
 * looked up from the innermost enclosing scope outwards, as protobuf resolves relative names.
 */
function resolveTypeName(
  typeName: string,
  scope: string,
  messages: ReadonlyMap<string, MessageDescriptor>,
): string | undefined {
  if (typeName.startsWith('.')) return typeName.slice(1);
  const parts = scope.split('.');
  for (let n = parts.length; n >= 0; n--) {
    const candidate = [...parts.slice(0, n), typeName].join('.');
    if (messages.has(candidate)) return candidate;
  }
  return undefined;
}
