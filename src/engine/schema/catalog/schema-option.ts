/**
 * One entry of an OPTIONS list as the catalog keeps it: the option's name as written and its
 * literal value (objects' lists drop options set to NULL, which means "unset"). Which options an
 * object accepts, and how lists merge, is the rules' business (objects/object-options.ts).
 */

import type { DdlOptionValue } from '../../../sql/ast/ddl-common';

export interface SchemaOption {
  readonly name: string;
  readonly value: DdlOptionValue;
}
