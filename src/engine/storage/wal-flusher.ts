/**
 * Flushes a WAL-mode SQLite file's write-ahead log to disk on libuv's thread pool, so that the
 * event loop keeps serving reads and other requests while the disk syncs. A caller commits with
 * `synchronous = NORMAL` (SQLite writes the log but does not flush it) and then asks for a flush;
 * once the flush is done, every frame written before the request is on disk, exactly what
 * `synchronous = FULL` would have ensured before returning. fdatasync on any descriptor of a file
 * flushes all of that file's written data, so our own descriptor serves. Knows nothing of what
 * the frames hold.
 */
import * as fs from 'fs';

export class WalFlusher {
  private fd: number | undefined;
  private inFlight = 0;
  private closing = false;

  constructor(private readonly walPath: string) {}

  /** Calls `done` once everything written to the log so far is on disk (or the flush failed). */
  flush(done: (error: Error | null) => void): void {
    let fd: number;
    try {
      fd = this.descriptor();
    } catch (error) {
      done(error as Error);
      return;
    }
    this.inFlight++;
    fs.fdatasync(fd, (error) => {
      this.inFlight--;
      if (this.closing && this.inFlight === 0) this.release();
      done(error);
    });
  }

  /** Closes the descriptor, after the flushes in flight; the log file itself is SQLite's. */
  close(): void {
    this.closing = true;
    if (this.inFlight === 0) this.release();
  }

  /** Opened on first use: SQLite creates the log with the first write, not when the file opens. */
  private descriptor(): number {
    this.fd ??= fs.openSync(this.walPath, 'r+');
    return this.fd;
  }

  private release(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}
