/**
 * The NET.* functions: IP addresses between text, bytes and integers, masks and truncation, and
 * the host, public suffix and registered domain of URLs (net-address.ts, net-host.ts).
 */

import {
  ipAddressLengthInvalid,
  ipAddressUnparseable,
  ipTruncLengthInvalid,
  ipTruncPrefixInvalid,
  ipv4BytesInvalid,
  ipv4IntegerOutOfRange,
  netMaskLengthInvalid,
  netMaskPrefixInvalid,
} from '../../../../../errors/string-evaluation-errors';
import type { SpannerValue } from '../../../../../types/spanner-value';
import { strict, type ImplementationTable } from '../../function-implementation';
import { ipv4Text, ipv6Text, parseIpAddress } from './net-address';
import { hostSuffix, urlHost } from './net-host';

type Args = readonly SpannerValue[];

function ipFromString([text]: Args): SpannerValue {
  const bytes = parseIpAddress(text as string);
  if (bytes === null) throw ipAddressUnparseable(text as string);
  return bytes;
}

function ipToString([value]: Args): SpannerValue {
  const bytes = value as Uint8Array;
  if (bytes.length === 4) return ipv4Text(bytes);
  if (bytes.length === 16) return ipv6Text(bytes);
  throw ipAddressLengthInvalid(bytes.length);
}

/** The first `prefix` bits set, in `length` bytes. */
function maskBytes(length: number, prefix: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => {
    const bits = Math.max(0, Math.min(8, prefix - 8 * i));
    return (0xff00 >> bits) & 0xff;
  });
}

function ipNetMask([length, prefix]: Args): SpannerValue {
  const n = length as bigint;
  if (n !== 4n && n !== 16n) throw netMaskLengthInvalid(n);
  const p = prefix as bigint;
  if (p < 0n || p > n * 8n) throw netMaskPrefixInvalid(p);
  return maskBytes(Number(n), Number(p));
}

function ipTrunc([value, prefix]: Args): SpannerValue {
  const bytes = value as Uint8Array;
  if (bytes.length !== 4 && bytes.length !== 16) throw ipTruncLengthInvalid(bytes.length);
  const p = prefix as bigint;
  if (p < 0n || p > BigInt(bytes.length * 8)) throw ipTruncPrefixInvalid(p);
  const mask = maskBytes(bytes.length, Number(p));
  return bytes.map((b, i) => b & mask[i]);
}

function ipv4FromInt64([value]: Args): SpannerValue {
  const n = value as bigint;
  if (n < -0x80000000n || n > 0xffffffffn) throw ipv4IntegerOutOfRange(n);
  const unsigned = Number(BigInt.asUintN(32, n));
  return Uint8Array.of(unsigned >>> 24, (unsigned >>> 16) & 0xff, (unsigned >>> 8) & 0xff, unsigned & 0xff);
}

function ipv4ToInt64([value]: Args): SpannerValue {
  const bytes = value as Uint8Array;
  if (bytes.length !== 4) throw ipv4BytesInvalid(bytes.length);
  return BigInt(((bytes[0] << 24) >>> 0) + (bytes[1] << 16) + (bytes[2] << 8) + bytes[3]);
}

export const NET_IMPLS: ImplementationTable = {
  'net.ip_from_string': strict(ipFromString),
  'net.safe_ip_from_string': strict(([text]) => parseIpAddress(text as string)),
  'net.ip_to_string': strict(ipToString),
  'net.ip_net_mask': strict(ipNetMask),
  'net.ip_trunc': strict(ipTrunc),
  'net.ipv4_from_int64': strict(ipv4FromInt64),
  'net.ipv4_to_int64': strict(ipv4ToInt64),
  'net.host': strict(([url]) => urlHost(url as string)),
  'net.public_suffix': strict(([url]) => hostSuffix(url as string, 0, 'NET.PUBLIC_SUFFIX')),
  'net.reg_domain': strict(([url]) => hostSuffix(url as string, 1, 'NET.REG_DOMAIN')),
};
