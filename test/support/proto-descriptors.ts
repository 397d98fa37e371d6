/**
 * Serialized FileDescriptorSets for proto bundle tests, built from small inline .proto sources
 * with protobufjs (as protoc would describe them, under the file names given).
 */
import * as protobuf from 'protobufjs';
import * as descriptor from 'protobufjs/ext/descriptor';

type FileObject = Record<string, unknown> & { name?: string };

/** One file per [name, source]; `syntax` is the syntax protobufjs describes the files in. */
export function descriptorSet(files: readonly (readonly [string, string])[], syntax = 'proto3'): Buffer {
  return descriptorSetOf(files.flatMap(([name, source]) => describe(name, source, syntax)));
}

/** A set of hand-written FileDescriptorProto objects (for what .proto parsing cannot express). */
export function descriptorSetOf(files: readonly FileObject[]): Buffer {
  const message = descriptor.FileDescriptorSet.fromObject({ file: files });
  return Buffer.from(descriptor.FileDescriptorSet.encode(message).finish());
}

/** The file names and packages of a serialized set, in order. */
export function filesOf(bytes: Uint8Array): { name: string; package: string }[] {
  const set = descriptor.FileDescriptorSet.toObject(descriptor.FileDescriptorSet.decode(bytes)) as {
    file?: FileObject[];
  };
  return (set.file ?? []).map((f) => ({ name: String(f.name), package: String(f.package ?? '') }));
}

function describe(name: string, source: string, syntax: string): FileObject[] {
  const root = protobuf.parse(source, { keepCase: true }).root as unknown as {
    toDescriptor(s: string): protobuf.Message;
  };
  const set = descriptor.FileDescriptorSet.toObject(root.toDescriptor(syntax)) as { file: FileObject[] };
  return set.file.map((f) => ({ ...f, name }));
}
