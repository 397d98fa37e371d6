/** A real database file in a temporary directory, created through Database.create, for storage tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Clock, systemClock } from '../../src/common/clock';
import { Database } from '../../src/engine/database/database';
import { initialSchema } from '../../src/engine/schema/schema-change';
import { openDatabaseFile } from '../../src/engine/database/database-file';

const NAME = 'projects/p/instances/i/databases/db';
const FILE = 'db.sqlite';

export class TestDatabase {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'row-store-'));
  private readonly opened: Database[] = [];

  constructor(private readonly clock: Clock = systemClock) {}

  /** `protoDescriptors`: the FileDescriptorSet sent with the statements, for proto bundles. */
  create(statements: string[], protoDescriptors?: Uint8Array): Database {
    const db = Database.create({
      name: NAME,
      databaseId: 'db',
      sqlite: openDatabaseFile(this.dir, FILE),
      clock: this.clock,
      protoDescriptors,
      ...initialSchema('db', statements, protoDescriptors),
    });
    this.opened.push(db);
    return db;
  }

  reopen(): Database {
    const warn = (m: string) => {
      throw new Error(m);
    };
    const db = Database.open({ name: NAME, sqlite: openDatabaseFile(this.dir, FILE), clock: this.clock, warn });
    this.opened.push(db);
    return db;
  }

  cleanup(): void {
    this.opened.forEach((db) => db.close());
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
