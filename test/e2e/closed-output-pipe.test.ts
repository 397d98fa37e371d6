/**
 * The emulator piped into a reader that goes away (`spanner-emulator | head -1`): once its stdout
 * and stderr are closed, every log line fails with EPIPE. It must keep serving both transports
 * and still stop cleanly on SIGTERM, instead of spinning on the failed writes.
 */
import * as grpc from '@grpc/grpc-js';
import { InstanceAdminClient } from '../../generated/google/spanner/admin/instance/v1/spanner_instance_admin';
import { callUnary } from '../support/emulator';
import { killAll, launchEmulator, waitForReady } from '../support/emulator-process';

afterAll(killAll);

test('with stdout and stderr closed by the reader, requests are still answered and SIGTERM still stops it', async () => {
  // --log-requests makes every request write a line to the closed stdout.
  const started = launchEmulator(['--in-memory', '--grpc-port', '0', '--rest-port', '0', '--log-requests']);
  const { grpcPort, restPort } = await waitForReady(started);
  started.child.stdout!.destroy();
  started.child.stderr!.destroy();

  for (let i = 0; i < 20; i++) {
    // The signal only keeps a wedged server from hanging the test; it asserts nothing about time.
    const res = await fetch(`http://localhost:${restPort}/v1/projects/p/instanceConfigs`, {
      signal: AbortSignal.timeout(20000),
    });
    expect(res.status).toBe(200);
    await res.json();
  }
  const admin = new InstanceAdminClient(`localhost:${grpcPort}`, grpc.credentials.createInsecure());
  const listed = await callUnary(admin, admin.listInstanceConfigs, {
    parent: 'projects/p',
    pageSize: 0,
    pageToken: '',
  });
  admin.close();
  expect(listed.ok).toBe(true);

  started.child.kill('SIGTERM');
  expect(await started.exit).toBe(0);
}, 60000);
