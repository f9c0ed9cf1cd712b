/**
 * `:name` placeholders → PostgreSQL's `$n` bind parameters. The SQL text keeps readable names
 * while text, dates and objects travel apart from it (never spliced into the text). Numbers,
 * booleans and NULL are written as literals instead: they cannot carry SQL, and a literal has a
 * type of its own, so `:attempts >= :max` or `:limit` need no cast and plans see the value. The
 * scan skips what is not a placeholder: string literals ('…', E'…'), quoted identifiers,
 * dollar-quoted bodies, comments and `::type` casts.
 *
 * An array value becomes a list of parameters (`IN (:ids)`, `ARRAY[:ids]::uuid[]`), an array of
 * arrays a list of rows (`VALUES :rows`); an empty array becomes `NULL`, so `IN (:ids)` matches
 * nothing instead of being a syntax error. `undefined` is sent as SQL `NULL`.
 */
export interface CompiledQuery {
  text: string;
  values: unknown[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

export function compileNamedParameters(sql: string, replacements: Record<string, unknown>): CompiledQuery {
  const values: unknown[] = [];
  const positions = new Map<string, string>();
  const bind = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number' || typeof value === 'bigint') {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Paramètre SQL numérique invalide : ${value}`);
      // In parentheses when negative: `x -:n` must not become a `--` comment.
      return value < 0 ? `(${String(value)})` : String(value);
    }
    values.push(value);
    return `$${values.length}`;
  };
  const expand = (value: unknown): string => {
    if (!Array.isArray(value)) return bind(value);
    if (value.length === 0) return 'NULL';
    return value.map((item) => (Array.isArray(item) ? `(${item.map(bind).join(', ')})` : bind(item))).join(', ');
  };
  let text = '';
  let i = 0;
  while (i < sql.length) {
    const char = sql[i];
    const next = sql[i + 1];
    let end = i + 1;
    if (char === "'") {
      // E'…' strings escape quotes with a backslash; standard ones double them.
      const backslashes = i > 0 && /[eE]/.test(sql[i - 1]) && !NAME_PART.test(sql[i - 2] ?? ' ');
      end = skipQuoted(sql, i, "'", backslashes);
    } else if (char === '"') {
      end = skipQuoted(sql, i, '"', false);
    } else if (char === '-' && next === '-') {
      const newline = sql.indexOf('\n', i);
      end = newline < 0 ? sql.length : newline;
    } else if (char === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      end = close < 0 ? sql.length : close + 2;
    } else if (char === '$' && /[A-Za-z_$]/.test(next ?? '') && !NAME_PART.test(sql[i - 1] ?? ' ')) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        end = close < 0 ? sql.length : close + tag[0].length;
      }
    } else if (char === ':' && next === ':') {
      end = i + 2;
    } else if (char === ':' && NAME_START.test(next ?? '') && sql[i - 1] !== ':') {
      end = i + 2;
      while (end < sql.length && NAME_PART.test(sql[end])) end += 1;
      const name = sql.slice(i + 1, end);
      if (!Object.prototype.hasOwnProperty.call(replacements, name)) {
        throw new Error(`Paramètre SQL :${name} sans valeur.`);
      }
      const value = replacements[name];
      let placeholder: string;
      if (Array.isArray(value)) placeholder = expand(value);
      else {
        placeholder = positions.get(name) ?? bind(value);
        positions.set(name, placeholder);
      }
      text += placeholder;
      i = end;
      continue;
    }
    text += sql.slice(i, end);
    i = end;
  }
  return { text, values };
}

function skipQuoted(sql: string, start: number, quote: string, backslashes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    if (backslashes && sql[i] === '\\') i += 2;
    else if (sql[i] === quote && sql[i + 1] === quote) i += 2;
    else if (sql[i] === quote) return i + 1;
    else i += 1;
  }
  return sql.length;
}
