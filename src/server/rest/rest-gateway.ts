/**
 * The REST/JSON gateway: one Express middleware that matches the derived route table, binds the
 * body, path and query into the request message, calls the same handler the gRPC server calls, and
 * writes proto3 JSON. Server-streaming methods answer one JSON array, written element by element.
 * It holds no business rules; errors from handlers are mapped, never invented here.
 */
import express, { NextFunction, Request, Response } from 'express';
import * as protobuf from 'protobufjs';
import { Logger } from '../../common/logger';
import { malformedJsonBody, routeNotFound, SpannerError } from '../../errors';
import { bodyReadError } from './body-errors';
import { StreamingHandler, UnaryHandler } from '../../handlers/handler-types';
import { ServiceBinding } from '../../handlers/service-binding';
import { createCallContext } from '../call-context';
import { asSpannerError } from '../rpc-status';
import { strictUtf8Text } from '../strict-request-decoding';
import { decodeRequest, encodeResponse, wantsNumericEnums } from './json-codec';
import { bindRequest } from './request-binding';
import { restErrorBody } from './rest-errors';
import { RouteMatch, RouteTable } from './route-table';
import { streamJsonArray } from './json-array-stream';

export interface RestGatewayOptions {
  readonly logger: Logger;
  readonly logRequests: boolean;
}

function parseBody(req: Request): unknown {
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (raw.length === 0) return undefined;
  const text = strictUtf8Text(raw);
  if (text === null) throw malformedJsonBody('The body is not valid UTF-8.');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw malformedJsonBody(`${e instanceof Error ? e.message : String(e)}`);
  }
}

function splitUrl(url: string): { rawPath: string; query: [string, string][] } {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? [] : [...new URLSearchParams(url.slice(q + 1)).entries()];
  return { rawPath, query };
}

export function createRestGateway(
  services: readonly ServiceBinding[],
  root: protobuf.Root,
  options: RestGatewayOptions,
): express.Express {
  const routes = new RouteTable(services, root);
  const app = express();
  app.disable('x-powered-by');
  app.use(express.raw({ type: () => true, limit: '100mb' }));

  const sendError = (res: Response, error: SpannerError, streamed: boolean): void => {
    const { httpStatus, body } = restErrorBody(root, error);
    if (streamed) return void res.end(`,\n${JSON.stringify(body, null, 2)}]`);
    res
      .status(httpStatus)
      .type('application/json; charset=UTF-8')
      .send(JSON.stringify(body, null, 2));
  };

  async function serve(match: RouteMatch, req: Request, res: Response, query: [string, string][]): Promise<void> {
    const { route } = match;
    const json = bindRequest(route.rule, route.requestType, {
      body: parseBody(req),
      pathValues: match.pathValues,
      query,
    });
    const request = decodeRequest(route.requestType, route.method.definition, json);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const ctx = createCallContext(route.method.fullName, 'rest', Object.entries(req.headers), abort.signal);
    const numericEnums = wantsNumericEnums(query);
    const encode = (m: unknown) => encodeResponse(route.responseType, route.method.definition, m, numericEnums);
    if (route.method.definition.responseStream) {
      const items = (route.method.handler as StreamingHandler<unknown, unknown>)(request, ctx);
      return streamJsonArray(res, items, encode);
    }
    const response = await (route.method.handler as UnaryHandler<unknown, unknown>)(request, ctx);
    res
      .status(200)
      .type('application/json; charset=UTF-8')
      .send(JSON.stringify(encode(response), null, 2));
  }

  app.use((req: Request, res: Response) => {
    const started = Date.now();
    const { rawPath, query } = splitUrl(req.originalUrl);
    const done = (): void => {
      if (options.logRequests)
        options.logger.info(`REST ${req.method} ${rawPath} -> ${res.statusCode} (${Date.now() - started} ms)`);
    };
    res.on('finish', done);
    let match: RouteMatch | undefined;
    try {
      match = routes.match(req.method, rawPath);
    } catch (e) {
      return sendError(res, asSpannerError(e, `${req.method} ${rawPath}`, options.logger), false);
    }
    const method = match?.route.method.fullName ?? `${req.method} ${rawPath}`;
    if (!match) return sendError(res, routeNotFound(req.method, rawPath), false);
    serve(match, req, res, query).then(
      () => undefined,
      (e: unknown) => {
        if (!res.writableEnded) sendError(res, asSpannerError(e, method, options.logger), res.headersSent);
      },
    );
  });

  // Body-parser failures (too large, bad encoding) still answer a Google-style JSON error.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    sendError(res, bodyReadError(err) ?? asSpannerError(err, 'REST', options.logger), false);
  });
  return app;
}
