/**
 * Test support loaded into a child emulator with `--import`: kills the process with SIGKILL at a
 * chosen point, as `kill -9` or a power cut would, so crash recovery can be tested at exactly the
 * point it is about. The product has no such hook; this patches it from outside.
 *
 * EMULATOR_TEST_CRASH_BEFORE_RECORDING=<operation id>: dies when the metadata transaction that
 * records that operation inserts it, i.e. after the change it reports was committed to the
 * database file and before the metadata commit.
 */
import { OperationStore } from '../../src/resources/operations/operation-store';

const crashId = process.env.EMULATOR_TEST_CRASH_BEFORE_RECORDING;

if (crashId) {
  const insert = OperationStore.prototype.insert;
  OperationStore.prototype.insert = function (record) {
    if (record.name.endsWith(`/operations/${crashId}`)) process.kill(process.pid, 'SIGKILL');
    insert.call(this, record);
  };
}
