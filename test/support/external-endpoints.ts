/**
 * The switch that points end-to-end suites and the data-plane benchmark at an emulator already
 * running elsewhere (e.g. the official one, by hand): E2E_EXTERNAL_GRPC=host:port together with
 * E2E_EXTERNAL_REST=http://host:port. Reading it starts nothing.
 */
export interface ExternalEndpoints {
  /** `host:port`, as SPANNER_EMULATOR_HOST wants it. */
  grpcHost: string;
  /** Base URL without a trailing slash. */
  restUrl: string;
}

/** The external endpoints when the switch is set; both variables are needed. */
export function externalEndpoints(env: NodeJS.ProcessEnv = process.env): ExternalEndpoints | undefined {
  const grpc = env.E2E_EXTERNAL_GRPC?.trim() ?? '';
  const rest = env.E2E_EXTERNAL_REST?.trim() ?? '';
  if (grpc === '' && rest === '') return undefined;
  if (grpc === '' || rest === '') {
    throw new Error('Set both E2E_EXTERNAL_GRPC (host:port) and E2E_EXTERNAL_REST (http://host:port), or neither');
  }
  return { grpcHost: grpc.replace(/^https?:\/\//, ''), restUrl: rest.replace(/\/+$/, '') };
}
