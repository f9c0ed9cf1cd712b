import { compileNamedParameters } from '../src/db/named-parameters';

describe('compileNamedParameters', () => {
  it('turns each name into one bind parameter, reused where the name repeats', () => {
    expect(compileNamedParameters('SELECT * FROM t WHERE (:status IS NULL OR status = :status) AND id = :id', { status: 'recue', id: 'b7' })).toEqual({
      text: 'SELECT * FROM t WHERE ($1 IS NULL OR status = $1) AND id = $2',
      values: ['recue', 'b7'],
    });
  });

  it('writes numbers, booleans and NULL as typed literals, a negative number in parentheses', () => {
    expect(compileNamedParameters('SELECT x -:n, :m >= :max, :flag, :none', { n: -5, m: 3, max: 2.5, flag: false, none: null })).toEqual({
      text: 'SELECT x -(-5), 3 >= 2.5, FALSE, NULL',
      values: [],
    });
    expect(() => compileNamedParameters('SELECT :n', { n: Number.POSITIVE_INFINITY })).toThrow();
  });

  it('leaves casts, strings, quoted identifiers, comments and dollar-quoted bodies alone', () => {
    const sql = `SELECT :a::int, 'x :b y', E'it\\'s :c', "col:d", $$ :e $$, $body$ :f $body$ -- :g
      /* :h */ FROM t WHERE x = :i`;
    const compiled = compileNamedParameters(sql, { a: '1', i: '2' });
    expect(compiled.values).toEqual(['1', '2']);
    expect(compiled.text).toBe(sql.replace(':a::int', '$1::int').replace('x = :i', 'x = $2'));
  });

  it('expands an array into a list and an array of arrays into rows; an empty array is NULL', () => {
    expect(compileNamedParameters('WHERE id IN (:ids)', { ids: ['a', 'b'] })).toEqual({ text: 'WHERE id IN ($1, $2)', values: ['a', 'b'] });
    expect(compileNamedParameters('VALUES :rows', { rows: [[1, 'x'], [2, 'y']] })).toEqual({
      text: 'VALUES (1, $1), (2, $2)',
      values: ['x', 'y'],
    });
    expect(compileNamedParameters('WHERE id IN (:ids)', { ids: [] })).toEqual({ text: 'WHERE id IN (NULL)', values: [] });
  });

  it('sends undefined as NULL and refuses a name without a value', () => {
    expect(compileNamedParameters('SELECT :x', { x: undefined })).toEqual({ text: 'SELECT NULL', values: [] });
    expect(() => compileNamedParameters('SELECT :missing', {})).toThrow(/:missing/);
  });

  it('never splices a value into the text, however hostile', () => {
    const hostile = "'); DROP TABLE saisines; --";
    const compiled = compileNamedParameters('SELECT * FROM t WHERE nom = :nom', { nom: hostile });
    expect(compiled.text).toBe('SELECT * FROM t WHERE nom = $1');
    expect(compiled.values).toEqual([hostile]);
  });
});
