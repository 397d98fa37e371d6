/**
 * Writes a server-streaming response as one JSON array, element by element, the way Google's REST
 * clients read it: `[{...}\n,{...}]`. Nothing is sent before the first element is ready, so an
 * error before it still gets a proper HTTP status; an error after it is appended as a final
 * `{"error":...}` element by the caller.
 */
import { Response } from 'express';
import { JSONValue } from 'proto3-json-serializer';

export async function streamJsonArray(
  res: Response,
  items: AsyncIterable<unknown>,
  encode: (item: unknown) => JSONValue,
): Promise<void> {
  let first = true;
  for await (const item of items) {
    const text = JSON.stringify(encode(item), null, 2);
    if (first) {
      res.status(200).type('application/json; charset=UTF-8');
      res.write(`[${text}`);
      first = false;
    } else if (!res.write(`,\n${text}`)) {
      await drainedOrClosed(res);
    }
    if (res.destroyed) return;
  }
  if (first) res.status(200).type('application/json; charset=UTF-8').end('[]');
  else res.end(']');
}

/** Waits for the response to drain or close, leaving no listener behind (a long stream waits often). */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
