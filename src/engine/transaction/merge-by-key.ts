/**
 * Merges two iterables already in key order (Buffer.compare) into one in key order; on equal keys
 * the second wins (a transaction's own write over the committed row). Lazy on the first, which may
 * be a paged store scan; the second is small and in memory.
 */
export function* mergeByKey<A extends { readonly key: Buffer }, B extends { readonly key: Buffer }>(
  base: Iterable<A>,
  overlay: readonly B[],
): Generator<A | B> {
  let i = 0;
  for (const item of base) {
    while (i < overlay.length && Buffer.compare(overlay[i].key, item.key) < 0) yield overlay[i++];
    if (i < overlay.length && overlay[i].key.equals(item.key)) yield overlay[i++];
    else yield item;
  }
  while (i < overlay.length) yield overlay[i++];
}
