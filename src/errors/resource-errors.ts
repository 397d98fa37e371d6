/**
 * Factories for errors about resource names and resources that do not exist or already exist.
 * NOT_FOUND errors carry ResourceInfo, which clients read to decide what to recreate.
 */
import { Code } from './codes';
import { SpannerError } from './spanner-error';

export function invalidResourceName(kind: string, name: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Invalid ${kind} name: ${name}`);
}

export function instanceConfigNotFound(name: string): SpannerError {
  const id = name.split('/').pop() ?? name;
  return new SpannerError(Code.NOT_FOUND, `Instance config "${id}" not found`, [
    {
      kind: 'resourceInfo',
      resourceType: 'type.googleapis.com/google.spanner.admin.instance.v1.InstanceConfig',
      resourceName: name,
      owner: '',
      description: 'Instance config does not exist.',
    },
  ]);
}

export function invalidPageToken(token: string): SpannerError {
  return new SpannerError(Code.INVALID_ARGUMENT, `Invalid page token: ${token}`);
}
