/**
 * One running emulator: storage, the handler layer, and both transports over it. main.ts builds
 * one from the command line; tests build one in-process on port 0. Garbage collection runs in the
 * background. Stopping is graceful: both servers stop accepting, in-flight calls get a bounded grace
 * period, the collector finishes its step, sessions write their last-use times, then storage is
 * closed.
 */
import * as grpc from '@grpc/grpc-js';
import * as http from 'http';
import { AddressInfo } from 'net';
import { EmulatorOptions } from './cli-options';
import { Logger } from './common/logger';
import { openStorage, Storage } from './resources/data-directory';
import { createServices } from './handlers/services';
import { AdminPlane } from './resources/admin-plane';
import { checkCanListen, GRPC_LISTENER, listenFailure, REST_LISTENER } from './listen-failures';
import { GarbageCollector } from './resources/garbage-collector';
import { DataPlane } from './resources/data-plane';
import { SessionRegistry } from './resources/sessions/session-registry';
import { createGrpcServer, listenGrpc } from './server/grpc/grpc-server';
import { loadProtoRoot } from './server/rest/proto-root';
import { createRestGateway } from './server/rest/rest-gateway';
import { createRestServer } from './server/rest/rest-server';

export const READY_MESSAGE = 'Cloud Spanner emulator running.';

const SHUTDOWN_GRACE_MS = 5000;

function hostForGrpc(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export class Emulator {
  private constructor(
    readonly storage: Storage,
    private readonly admin: AdminPlane,
    private readonly sessions: SessionRegistry,
    private readonly data: DataPlane,
    private readonly collector: GarbageCollector,
    private readonly grpcServer: grpc.Server,
    private readonly httpServer: http.Server,
    readonly grpcPort: number,
    readonly restPort: number,
    private readonly logger: Logger,
  ) {}

  static async start(options: EmulatorOptions, logger: Logger): Promise<Emulator> {
    const storage = openStorage(options.dataDir);
    let admin: AdminPlane | undefined;
    let sessions: SessionRegistry | undefined;
    let data: DataPlane | undefined;
    try {
      admin = AdminPlane.open(storage, logger);
      const timeouts = {
        idleMicros: options.sessionIdleTimeoutMicros,
        multiplexedIdleMicros: options.multiplexedSessionIdleTimeoutMicros,
      };
      sessions = SessionRegistry.open(admin, storage.metadata, { timeouts }, logger);
      data = new DataPlane(sessions, admin.clock, {
        transactionIdleTimeoutMicros: options.transactionIdleTimeoutMicros,
      });
      const services = createServices({ logger, admin, sessions, data });
      const grpcServer = createGrpcServer(services, { logger, logRequests: options.logRequests });
      await checkCanListen(GRPC_LISTENER, options.host, options.grpcPort);
      await checkCanListen(REST_LISTENER, options.host, options.restPort);
      const grpcPort = await listenGrpc(grpcServer, hostForGrpc(options.host), options.grpcPort).catch((e) => {
        throw listenFailure(GRPC_LISTENER, options.host, options.grpcPort, e);
      });
      const root = loadProtoRoot();
      const app = createRestGateway(services, root, { logger, logRequests: options.logRequests });
      const httpServer = createRestServer(app, root);
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(options.restPort, options.host, () => resolve());
      }).catch((e) => {
        grpcServer.forceShutdown();
        throw listenFailure(REST_LISTENER, options.host, options.restPort, e);
      });
      const restPort = (httpServer.address() as AddressInfo).port;
      const collector = new GarbageCollector(admin, logger, {
        intervalMs: options.gcIntervalMs,
        operationRetentionMicros: options.operationRetentionMicros,
        sessions,
      });
      collector.start();
      return new Emulator(
        storage,
        admin,
        sessions,
        data,
        collector,
        grpcServer,
        httpServer,
        grpcPort,
        restPort,
        logger,
      );
    } catch (e) {
      data?.close();
      sessions?.close();
      admin?.close();
      storage.close();
      throw e;
    }
  }

  async stop(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    const collectorDone = this.collector.stop();
    const grpcDone = new Promise<void>((resolve) => this.grpcServer.tryShutdown(() => resolve()));
    const httpDone = new Promise<void>((resolve) => this.httpServer.close(() => resolve()));
    this.httpServer.closeIdleConnections();
    const timer = setTimeout(() => {
      this.logger.warn(`In-flight calls still running after ${graceMs} ms; closing them.`);
      this.grpcServer.forceShutdown();
      this.httpServer.closeAllConnections();
    }, graceMs);
    await Promise.all([grpcDone, httpDone]);
    clearTimeout(timer);
    await collectorDone;
    this.data.close();
    this.sessions.close();
    this.admin.close();
    this.storage.close();
  }
}
