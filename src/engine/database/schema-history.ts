/**
 * The versions of one database's catalog by commit timestamp, so a read at an older timestamp sees
 * the schema of its time. Catalogs are immutable values sharing unchanged parts, so keeping several
 * is cheap. Versions older than the version retention period are dropped, except the one still in
 * force at the retention boundary.
 */
import type { Micros } from '../../common/clock';
import type { Catalog } from '../schema/catalog/catalog';

interface Version {
  readonly at: Micros;
  readonly catalog: Catalog;
}

export class SchemaHistory {
  private readonly versions: Version[] = [];

  constructor(createdAt: Micros, initial: Catalog) {
    this.versions.push({ at: createdAt, catalog: initial });
  }

  get latest(): Catalog {
    return this.versions[this.versions.length - 1].catalog;
  }

  /** Timestamps must not decrease; a version at the latest timestamp replaces it. */
  add(at: Micros, catalog: Catalog): void {
    const last = this.versions[this.versions.length - 1];
    if (at < last.at) throw new Error(`Schema version at ${at} is older than the latest (${last.at}).`);
    if (at === last.at) this.versions[this.versions.length - 1] = { at, catalog };
    else this.versions.push({ at, catalog });
  }

  /** The catalog in force at `t`, or null before the database existed (or before what is kept). */
  at(t: Micros): Catalog | null {
    let lo = 0;
    let hi = this.versions.length - 1;
    if (t < this.versions[0].at) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.versions[mid].at <= t) lo = mid;
      else hi = mid - 1;
    }
    return this.versions[lo].catalog;
  }

  /** The earliest timestamp at() still answers for. */
  get earliest(): Micros {
    return this.versions[0].at;
  }

  get size(): number {
    return this.versions.length;
  }

  /** Drops versions superseded before `cutoff`; the version in force at `cutoff` stays. */
  prune(cutoff: Micros): void {
    let keepFrom = 0;
    while (keepFrom + 1 < this.versions.length && this.versions[keepFrom + 1].at <= cutoff) keepFrom++;
    if (keepFrom > 0) this.versions.splice(0, keepFrom);
  }
}
