import type { rulesToAST } from '@casl/ability/extra';
import { AppError } from './app-error';

/**
 * Turns a CASL condition AST (`rulesToAST`) into a SQL boolean expression over known columns,
 * so that lists are filtered by the database from the user's rules. Only the operators that our
 * rules use are supported; anything else is a programming error, never silently ignored.
 */
type Condition = NonNullable<ReturnType<typeof rulesToAST>>;

export type ColumnMap = Record<string, string>;
export type Escape = (value: unknown) => string;

interface FieldNode {
  operator: string;
  field: string;
  value: unknown;
}
interface CompoundNode {
  operator: string;
  value: Condition[];
}

function column(columns: ColumnMap, field: string): string {
  const name = columns[field];
  if (!name) throw new Error(`CASL condition on an unmapped field: ${field}`);
  return name;
}

export function conditionToSql(condition: Condition | null, columns: ColumnMap, escape: Escape): string {
  if (condition === null) return 'FALSE';
  const node = condition as unknown as FieldNode & CompoundNode;
  switch (node.operator) {
    case 'and':
    case 'or': {
      const parts = node.value.map((child) => conditionToSql(child, columns, escape));
      if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      return `(NOT ${conditionToSql(node.value as unknown as Condition, columns, escape)})`;
    case 'eq':
      return node.value === null
        ? `${column(columns, node.field)} IS NULL`
        : `${column(columns, node.field)} = ${escape(node.value)}`;
    case 'ne':
      return node.value === null
        ? `${column(columns, node.field)} IS NOT NULL`
        : `${column(columns, node.field)} IS DISTINCT FROM ${escape(node.value)}`;
    case 'in':
    case 'nin': {
      const values = node.value as unknown[];
      if (values.length === 0) return node.operator === 'in' ? 'FALSE' : 'TRUE';
      const list = values.map((value) => escape(value)).join(', ');
      return `${column(columns, node.field)} ${node.operator === 'in' ? 'IN' : 'NOT IN'} (${list})`;
    }
    default:
      throw new AppError(500, `Opérateur de règle non pris en charge : ${node.operator}`);
  }
}
