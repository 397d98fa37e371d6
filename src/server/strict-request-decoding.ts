/**
 * Request bytes decoded by the generated codec through a reader that refuses invalid UTF-8 in
 * string fields, as proto3 parsers must: the default reader would put U+FFFD in its place without
 * a word, and the write would store it. Both transports decode requests through here; each words
 * the refusal its own way. Decoding only: what a field may hold is the handlers' concern.
 */
import { BinaryReader } from '@bufbuild/protobuf/wire';
import { MethodDefinition } from '../handlers/handler-types';

/** A string field of the request is not valid UTF-8. */
export class InvalidUtf8Error extends Error {
  constructor() {
    super('a string field is not valid UTF-8');
    this.name = 'InvalidUtf8Error';
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InvalidUtf8Error();
  }
}

/** The request message of `definition` in `bytes`; throws InvalidUtf8Error or the codec's error. */
export function decodeRequestStrictly(definition: MethodDefinition, bytes: Uint8Array): unknown {
  // The generated decoders take a BinaryReader as well as bytes.
  const reader = new BinaryReader(bytes, strictUtf8);
  return definition.requestDeserialize(reader as unknown as Buffer);
}

/** `bytes` as UTF-8 text, or null when they are not valid UTF-8 (a leading U+FEFF is kept). */
export function strictUtf8Text(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}
