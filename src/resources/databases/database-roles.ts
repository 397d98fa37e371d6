/**
 * The database roles ListDatabaseRoles reports: Spanner's system roles, which every database has,
 * and the roles created with CREATE ROLE, sorted by name.
 */
import type { Catalog } from '../../engine/schema/catalog/catalog';

export const SYSTEM_ROLES: readonly string[] = ['public', 'spanner_info_reader', 'spanner_sys_reader'];

export function databaseRoleNames(catalog: Catalog): string[] {
  const roles = [...SYSTEM_ROLES, ...[...catalog.roles.values()].map((r) => r.name)];
  return roles.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
