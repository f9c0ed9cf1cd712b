import { rulesToAST } from '@casl/ability/extra';
import { sqlLiteral } from '../db/database';
import type { Action, AppAbility } from '@info-parquet/common';
import { conditionToSql } from '../http/casl-sql';

/** The attributes that CASL conditions on Saisine may name, and their columns (alias `s`). */
const SAISINE_COLUMNS = {
  id: 's.id',
  juridictionId: 's.juridiction_id',
  assigneeId: 's.assignee_id',
  status: 's.status',
};

/** A SQL condition selecting exactly the referrals on which the user may do `action`. */
export function saisineAccessSql(ability: AppAbility, action: Action = 'read'): string {
  return conditionToSql(rulesToAST(ability, action, 'Saisine'), SAISINE_COLUMNS, sqlLiteral);
}
