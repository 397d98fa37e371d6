/**
 * The REST route table: every google.api.http rule of every bound service, plus the Spanner
 * operation paths, compiled once at startup. Matching is by verb and raw path; templates with a
 * custom verb are tried first so `.../sessions/s:executeSql` never falls to a plain resource route.
 */
import * as protobuf from 'protobufjs';
import { BoundMethod, ServiceBinding } from '../../handlers/service-binding';
import { HttpRule, httpRulesOf } from './http-rules';
import { operationRules } from './operation-routes';
import { CompiledTemplate, compileTemplate, matchTemplate } from './path-template';

export interface Route {
  readonly rule: HttpRule;
  readonly compiled: CompiledTemplate;
  readonly method: BoundMethod;
  readonly requestType: protobuf.Type;
  readonly responseType: protobuf.Type;
}

export interface RouteMatch {
  readonly route: Route;
  readonly pathValues: Map<string, string>;
}

const OPERATIONS_SERVICE = 'google.longrunning.Operations';

export class RouteTable {
  private readonly routes: Route[] = [];

  constructor(services: readonly ServiceBinding[], root: protobuf.Root) {
    const extra = operationRules();
    for (const service of services) {
      const protoService = root.lookupService(service.name);
      for (const method of service.methods) {
        const protoMethod = protoService.methods[method.name];
        const rules = httpRulesOf(protoMethod);
        if (service.name === OPERATIONS_SERVICE) rules.push(...(extra.get(method.name) ?? []));
        for (const rule of rules) {
          this.routes.push({
            rule,
            compiled: compileTemplate(rule.template),
            method,
            requestType: protoMethod.resolvedRequestType!,
            responseType: protoMethod.resolvedResponseType!,
          });
        }
      }
    }
    const hasVerb = (r: Route) => (/:[A-Za-z]\w*$/.test(r.rule.template) ? 0 : 1);
    this.routes.sort((a, b) => hasVerb(a) - hasVerb(b));
  }

  all(): readonly Route[] {
    return this.routes;
  }

  match(verb: string, rawPath: string): RouteMatch | undefined {
    for (const route of this.routes) {
      if (route.rule.verb !== verb) continue;
      const pathValues = matchTemplate(route.compiled, rawPath);
      if (pathValues) return { route, pathValues };
    }
    return undefined;
  }
}
