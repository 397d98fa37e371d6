/**
 * Hashing functions: FARM_FINGERPRINT (FarmHash Fingerprint64, as a signed INT64), MD5, SHA1,
 * SHA256, SHA512 (of the UTF-8 bytes of a STRING), GENERATE_UUID and NEW_UUID (random version 4
 * UUIDs, lower-case text).
 */

import { createHash, randomUUID } from 'node:crypto';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { fingerprint64Bytes } from '../../../../../common/farmhash';
import { strict, type CallInfo, type FunctionImpl, type ImplementationTable } from '../../function-implementation';
import { isBytesArg, utf8Bytes } from './string-values';

function inputBytes(value: SpannerValue, info: CallInfo): Uint8Array {
  return isBytesArg(info) ? (value as Uint8Array) : utf8Bytes(value as string);
}

function farmFingerprint([value]: readonly SpannerValue[], info: CallInfo): SpannerValue {
  const bytes = isBytesArg(info) ? (value as Uint8Array) : utf8Bytes(value as string);
  return BigInt.asIntN(64, fingerprint64Bytes(bytes));
}

function digest(algorithm: string): FunctionImpl {
  return strict(([value], info) => createHash(algorithm).update(inputBytes(value, info)).digest());
}

export const HASHING_IMPLS: ImplementationTable = {
  farm_fingerprint: strict(farmFingerprint),
  md5: digest('md5'),
  sha1: digest('sha1'),
  sha256: digest('sha256'),
  sha512: digest('sha512'),
  generate_uuid: () => randomUUID(),
  new_uuid: () => randomUUID(),
};
