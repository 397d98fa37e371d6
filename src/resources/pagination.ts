/**
 * List pagination shared by every List RPC: the page token is the opaque encoding of the offset
 * of the next item, so a listing is stable for unchanged data and cheap to resume.
 */
import { invalidPageToken } from '../errors';

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

export function paginate<T>(all: readonly T[], pageSize: number, pageToken: string): Page<T> {
  let start = 0;
  if (pageToken) {
    const decoded = Buffer.from(pageToken, 'base64url').toString('utf8');
    start = /^offset:\d+$/.test(decoded) ? Number(decoded.slice(7)) : NaN;
    if (!Number.isSafeInteger(start)) throw invalidPageToken(pageToken);
  }
  const size = pageSize > 0 ? pageSize : all.length;
  const items = all.slice(start, start + size);
  const next = start + items.length;
  return { items, nextPageToken: next < all.length ? Buffer.from(`offset:${next}`).toString('base64url') : '' };
}

/** The most items one page holds, whatever the request asks for (the official emulator's cap). */
export const MAX_PAGE_SIZE = 1000;

/**
 * Pagination over items sorted by a unique key (resource names): the page token names the first
 * item of the next page, so the listing stays correct while items are added or removed between
 * pages. The token is opaque to clients.
 */
export function paginateByKey<T>(
  sorted: readonly T[],
  keyOf: (item: T) => string,
  pageSize: number,
  pageToken: string,
): Page<T> {
  let startKey = '';
  if (pageToken) {
    const decoded = Buffer.from(pageToken, 'base64url').toString('utf8');
    if (!decoded.startsWith('key:')) throw invalidPageToken(pageToken);
    startKey = decoded.slice(4);
  }
  const size = pageSize > 0 && pageSize <= MAX_PAGE_SIZE ? pageSize : MAX_PAGE_SIZE;
  const remaining = sorted.filter((item) => keyOf(item) >= startKey);
  const items = remaining.slice(0, size);
  const next = remaining[size];
  return { items, nextPageToken: next === undefined ? '' : Buffer.from(`key:${keyOf(next)}`).toString('base64url') };
}
