/**
 * The INT64 range, shared by every place that checks a bigint against it (literals, casts,
 * arithmetic, JSON conversions, interval math). UINT64_MAX bounds the integers JSON keeps exact.
 */

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
export const UINT64_MAX = 2n ** 64n - 1n;

export function isInt64(value: bigint): boolean {
  return value >= INT64_MIN && value <= INT64_MAX;
}
