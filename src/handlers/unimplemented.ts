/**
 * Handlers for methods not built yet: each answers UNIMPLEMENTED naming its method, on every
 * transport. Service handler maps start from these and override what exists.
 */
import { unimplementedMethod } from '../errors';
import { AnyHandler, MethodDefinition, ServiceDefinitionLike, ServiceHandlers } from './handler-types';

function unimplementedHandler(def: MethodDefinition): AnyHandler {
  const method = def.path.replace(/^\//, '').replace('/', '.');
  if (def.responseStream) {
    // eslint-disable-next-line require-yield
    return async function* () {
      throw unimplementedMethod(method);
    };
  }
  return async () => {
    throw unimplementedMethod(method);
  };
}

export function unimplementedService<Def extends ServiceDefinitionLike>(definition: Def): ServiceHandlers<Def> {
  const handlers: Record<string, AnyHandler> = {};
  for (const [key, def] of Object.entries(definition as unknown as Record<string, MethodDefinition>)) {
    handlers[key] = unimplementedHandler(def);
  }
  return handlers as unknown as ServiceHandlers<Def>;
}
