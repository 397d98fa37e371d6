/**
 * A service as the transports see it: its full name, the generated definition (for codecs and
 * streaming flags) and the handler of each method. Building one from a typed handler map is the
 * only place where the method types are erased.
 */
import { AnyHandler, MethodDefinition, ServiceDefinitionLike, ServiceHandlers } from './handler-types';

export interface BoundMethod {
  /** Method name as in the proto, e.g. `ExecuteStreamingSql`. */
  readonly name: string;
  /** `google.spanner.v1.Spanner/ExecuteStreamingSql`. */
  readonly fullName: string;
  readonly definition: MethodDefinition;
  readonly handler: AnyHandler;
}

export interface ServiceBinding {
  /** Fully qualified proto service name, e.g. `google.spanner.v1.Spanner`. */
  readonly name: string;
  readonly definition: Record<string, MethodDefinition>;
  readonly methods: readonly BoundMethod[];
}

export function bindService<Def extends ServiceDefinitionLike>(
  definition: Def,
  handlers: ServiceHandlers<Def>,
): ServiceBinding {
  const defs = definition as unknown as Record<string, MethodDefinition>;
  const methods = Object.keys(defs).map((key) => {
    const def = defs[key];
    const [, service, name] = /^\/(.+)\/([^/]+)$/.exec(def.path) ?? [];
    return {
      name,
      fullName: `${service}/${name}`,
      definition: def,
      handler: (handlers as unknown as Record<string, AnyHandler>)[key],
    };
  });
  const name = methods[0].fullName.split('/')[0];
  return { name, definition: defs, methods };
}
