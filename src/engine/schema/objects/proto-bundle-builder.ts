/**
 * Builds a new proto bundle from the descriptors a schema change carries, as Spanner's CREATE and
 * ALTER PROTO BUNDLE do: the type list changes by insert / update / delete, every listed type must
 * be declared by a file of the descriptors, and the bundle keeps only the files holding listed
 * types. When altering, the files of the existing bundle stay available for its types, behind the
 * newly sent ones (a file sent again under its name, or redeclaring its symbols, replaces it).
 * Feature checks on the finished bundle are proto-bundle-features.ts's.
 */

import {
  duplicateProtoFile,
  emptyProtoDescriptors,
  missingProtoDescriptor,
  previousProtoTypesUnloadable,
  protoTypeAlreadyInBundle,
  removedProtoTypeNotInBundle,
  updatedProtoTypeNotInBundle,
} from '../../../errors/proto-bundle-errors';
import { isSpannerError } from '../../../errors/spanner-error';
import { fileDeclaring, type ProtoFile } from '../catalog/proto-bundle';
import { decodeDescriptorSet } from './proto-descriptor-set';

export interface BuiltBundle {
  readonly types: readonly string[];
  readonly files: readonly ProtoFile[];
}

/** The files a bundle may draw its types from, found by the symbols they declare. */
class DescriptorPool {
  private readonly names = new Set<string>();
  readonly bySymbol = new Map<string, ProtoFile>();

  /** Adds a file; false (nothing added) when its name or a symbol is taken. */
  add(file: ProtoFile): boolean {
    if (this.names.has(file.name) || file.symbols.some((s) => this.bySymbol.has(s))) return false;
    this.names.add(file.name);
    for (const symbol of file.symbols) this.bySymbol.set(symbol, file);
    return true;
  }
}

export class ProtoBundleBuilder {
  private readonly pool = new DescriptorPool();
  private readonly types = new Set<string>();

  /** `previous` is the existing bundle when altering it, null when creating one. */
  constructor(descriptorBytes: Uint8Array, previous: BuiltBundle | null) {
    if (descriptorBytes.length === 0) throw emptyProtoDescriptors();
    for (const file of decodeDescriptorSet(descriptorBytes)) {
      if (!this.pool.add(file)) throw duplicateProtoFile(file.name);
    }
    if (previous === null) return;
    for (const file of previous.files) this.pool.add(file);
    try {
      this.insert(previous.types);
    } catch (e) {
      if (!isSpannerError(e)) throw e;
      throw previousProtoTypesUnloadable(e);
    }
  }

  insert(types: readonly string[]): void {
    for (const type of types) {
      this.requireDescriptor(type);
      if (this.types.has(type)) throw protoTypeAlreadyInBundle(type);
      this.types.add(type);
    }
  }

  update(types: readonly string[]): void {
    for (const type of types) {
      if (!this.types.has(type)) throw updatedProtoTypeNotInBundle(type);
      this.requireDescriptor(type);
    }
  }

  delete(types: readonly string[]): void {
    for (const type of types) {
      if (!this.types.delete(type)) throw removedProtoTypeNotInBundle(type);
    }
  }

  /** The sorted types with the files declaring them, sorted by file name. */
  build(): BuiltBundle {
    const types = [...this.types].sort(compareBytes);
    const files = new Map<string, ProtoFile>();
    for (const type of types) {
      const file = fileDeclaring(this.pool.bySymbol, type)!;
      files.set(file.name, file);
    }
    return { types, files: [...files.values()].sort((a, b) => compareBytes(a.name, b.name)) };
  }

  private requireDescriptor(type: string): void {
    if (fileDeclaring(this.pool.bySymbol, type) === undefined) throw missingProtoDescriptor(type);
  }
}

/** Byte order of ASCII names, as Spanner sorts type and file names. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
