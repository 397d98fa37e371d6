/**
 * The proto bundle as the catalog keeps it: the listed type names and the descriptor files that
 * hold them, byte for byte as the client sent them, with the names each file declares so type
 * lookups need no decoding. Building and validating a bundle is objects/proto-bundles.ts's work.
 */

export interface ProtoFile {
  /** The file's name (FileDescriptorProto.name), e.g. `shop/orders.proto`. */
  readonly name: string;
  /** The serialized FileDescriptorProto, unchanged (unknown option fields included). */
  readonly bytes: Uint8Array;
  /** Package-qualified top-level messages, enums, extensions and services: the file's symbols. */
  readonly symbols: readonly string[];
  /** Every message's full name, nested ones included. */
  readonly messages: readonly string[];
  /** Every enum's full name, nested ones included. */
  readonly enums: readonly string[];
}

/**
 * The file declaring `name`: one whose symbol is `name` or a prefix of it at a dot (a nested type
 * is found through its outermost message, as protobuf's descriptor databases find it).
 */
export function fileDeclaring<F extends ProtoFile>(filesBySymbol: ReadonlyMap<string, F>, name: string): F | undefined {
  const parts = name.split('.');
  for (let n = 1; n <= parts.length; n++) {
    const file = filesBySymbol.get(parts.slice(0, n).join('.'));
    if (file !== undefined) return file;
  }
  return undefined;
}

/** What a bundle of these files and types describes `name` as: a message, an enum, or neither. */
export function bundleTypeKind(
  types: readonly string[],
  files: readonly ProtoFile[],
  name: string,
): 'proto' | 'enum' | null {
  if (!types.includes(name)) return null;
  if (files.some((f) => f.messages.includes(name))) return 'proto';
  return files.some((f) => f.enums.includes(name)) ? 'enum' : null;
}
