/**
 * The contract between transports and handlers. Every RPC is one typed function taking the decoded
 * request and a call context; unary RPCs resolve to the response, server-streaming RPCs yield their
 * responses. Handler maps are typed against the generated service definitions, so a handler for a
 * method that does not exist, or with the wrong message types, does not compile.
 *
 * Nothing here knows gRPC or HTTP; both adapters in src/server/ call the same functions.
 */

export interface CallContext {
  /** Fully qualified method, e.g. `google.spanner.v1.Spanner/ExecuteSql`. */
  readonly method: string;
  readonly protocol: 'grpc' | 'rest';
  /** Request headers / metadata with lower-case names (first value of each). */
  readonly metadata: ReadonlyMap<string, string>;
  /** Aborted when the caller goes away or its deadline passes. */
  readonly signal: AbortSignal;
}

export type UnaryHandler<Req, Res> = (request: Req, ctx: CallContext) => Promise<Res>;
export type StreamingHandler<Req, Res> = (request: Req, ctx: CallContext) => AsyncIterable<Res>;

/** The shape of one method in a ts-proto grpc-js service definition. */
export interface MethodDefinition<Req = unknown, Res = unknown> {
  readonly path: string;
  readonly requestStream: boolean;
  readonly responseStream: boolean;
  requestSerialize(value: Req): Buffer;
  requestDeserialize(value: Buffer): Req;
  responseSerialize(value: Res): Buffer;
  responseDeserialize(value: Buffer): Res;
}

/** What any generated service definition satisfies, whatever its message types. */
export type ServiceDefinitionLike = Record<string, { readonly path: string; readonly responseStream: boolean }>;

export type HandlerOf<M> = M extends {
  requestDeserialize: (value: Buffer) => infer Req;
  responseSerialize: (value: infer Res) => Buffer;
  responseStream: infer Streaming;
}
  ? Streaming extends true
    ? StreamingHandler<Req, Res>
    : UnaryHandler<Req, Res>
  : never;

/** A complete handler map for a generated service definition: one function per method. */
export type ServiceHandlers<Def> = { [K in keyof Def]: HandlerOf<Def[K]> };

export type AnyHandler = UnaryHandler<unknown, unknown> | StreamingHandler<unknown, unknown>;
