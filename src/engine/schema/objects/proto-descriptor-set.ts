/**
 * The wire form of proto descriptors: splits a serialized google.protobuf.FileDescriptorSet into
 * its files (each kept as the exact bytes sent) and decodes what the bundle needs from each, and
 * joins files back into a set for GetDatabaseDdl. Which files and types make a valid bundle is
 * proto-bundle-builder.ts's business.
 */

import * as protobuf from 'protobufjs';
import * as descriptor from 'protobufjs/ext/descriptor';
import { unparsableProtoDescriptors } from '../../../errors/proto-bundle-errors';
import type { ProtoFile } from '../catalog/proto-bundle';

/** The parts of a DescriptorProto the bundle's checks read (protobufjs's decoded message). */
export interface MessageDescriptor {
  readonly name?: string;
  readonly field?: readonly FieldDescriptor[];
  readonly extension?: readonly unknown[];
  readonly nestedType?: readonly MessageDescriptor[];
  readonly enumType?: readonly { readonly name?: string }[];
}

export interface FieldDescriptor {
  readonly name?: string;
  readonly type?: number;
  readonly typeName?: string;
}

interface FileDescriptor {
  readonly name?: string;
  readonly package?: string;
  readonly messageType?: readonly MessageDescriptor[];
  readonly enumType?: readonly { readonly name?: string }[];
  readonly extension?: readonly { readonly name?: string }[];
  readonly service?: readonly { readonly name?: string }[];
}

/** FileDescriptorSet.file is field 1, length-delimited. */
const FILE_TAG = (1 << 3) | 2;

/** The files of a serialized FileDescriptorSet, in order; malformed bytes are the emulator's error. */
export function decodeDescriptorSet(bytes: Uint8Array): ProtoFile[] {
  try {
    return splitFiles(bytes).map(decodeFile);
  } catch {
    throw unparsableProtoDescriptors();
  }
}

/** A FileDescriptorSet holding `files` in the given order. */
export function encodeDescriptorSet(files: readonly ProtoFile[]): Buffer {
  const writer = protobuf.Writer.create();
  for (const file of files) writer.uint32(FILE_TAG).bytes(file.bytes);
  return Buffer.from(writer.finish());
}

/** Decodes one file's message descriptors (full name -> descriptor), nested ones included. */
export function messagesOf(file: ProtoFile): Map<string, MessageDescriptor> {
  const decoded = decodeFileDescriptor(file.bytes);
  const out = new Map<string, MessageDescriptor>();
  const visit = (scope: string, messages: readonly MessageDescriptor[] | undefined) => {
    for (const m of messages ?? []) {
      const full = qualify(scope, m.name);
      out.set(full, m);
      visit(full, m.nestedType);
    }
  };
  visit(decoded.package ?? '', decoded.messageType);
  return out;
}

function splitFiles(bytes: Uint8Array): Uint8Array[] {
  const reader = protobuf.Reader.create(bytes);
  const files: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 0) throw new Error('field number 0');
    if (tag === FILE_TAG) files.push(reader.bytes());
    else reader.skipType(tag & 7);
  }
  return files;
}

function decodeFileDescriptor(bytes: Uint8Array): FileDescriptor {
  return descriptor.FileDescriptorProto.decode(bytes) as unknown as FileDescriptor;
}

function decodeFile(bytes: Uint8Array): ProtoFile {
  const file = decodeFileDescriptor(bytes);
  const pkg = file.package ?? '';
  const messages: string[] = [];
  const enums: string[] = [];
  const collect = (
    scope: string,
    nested: readonly MessageDescriptor[] | undefined,
    nestedEnums: FileDescriptor['enumType'],
  ) => {
    for (const e of nestedEnums ?? []) enums.push(qualify(scope, e.name));
    for (const m of nested ?? []) {
      const full = qualify(scope, m.name);
      messages.push(full);
      collect(full, m.nestedType, m.enumType);
    }
  };
  collect(pkg, file.messageType, file.enumType);
  const topLevel = [
    ...(file.messageType ?? []),
    ...(file.enumType ?? []),
    ...(file.extension ?? []),
    ...(file.service ?? []),
  ];
  return {
    name: file.name ?? '',
    bytes: Uint8Array.from(bytes),
    symbols: topLevel.map((d) => qualify(pkg, d.name)),
    messages,
    enums,
  };
}

export function qualify(scope: string, name: string | undefined): string {
  return scope === '' ? (name ?? '') : `${scope}.${name ?? ''}`;
}
