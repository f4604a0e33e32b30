// Arguments as Excel hands them to custom functions: serials, '' for empty cells, matrices for
// ranges (whole columns included), and error values in the shapes the runtime uses.

/** An argument as the shared runtime receives it: parsed from the invocation's JSON message (fresh arrays every call). */
export const received = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The Excel serial of a date, as DATE(y, m, d) gives it. */
export function DATE(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
}

/** Error values as a custom function may receive them (with allowErrorForDataTypeAny). */
export const ERRORS = {
  /** A CustomFunctions.Error instance: {code, message}. */
  ref: { code: '#REF!', message: '' },
  na: { code: '#N/A' },
  /** A data-type error value. */
  div0: { type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' },
  /** An error as text (older hosts). */
  valueText: '#VALUE!',
};

/** A range of `rows` rows (Excel's whole column has 1,048,576), the given rows on top, the rest ''. */
export function column(top: readonly (readonly unknown[])[], rows: number, width = top[0]?.length ?? 1): unknown[][] {
  const out: unknown[][] = top.map((r) => {
    const row = [...r];
    while (row.length < width) row.push('');
    return row;
  });
  const blank = new Array(width).fill('');
  while (out.length < rows) out.push(blank.slice());
  return out;
}

export const WHOLE_COLUMN_ROWS = 1_048_576;

/** Rows of the bounded registry range Duban recommends and writes (单位名录!$A$1:$D$500). */
export const BOUNDED_ROWS = 500;

/** 单位名录!$A$1:$D$500 as Excel passes it: header, a few units, then blank rows; WHOLE_COLUMN_ROWS gives A:D. */
export function registryColumns(rows = BOUNDED_ROWS): unknown[][] {
  return column(
    [
      ['单位名称', '别名', '类型', '所属分组'],
      ['市委宣传部', '宣传部', '市直', '市直各单位'],
      ['市发展改革委', '市发改委、发改委', '市直', '市直各单位'],
      ['市文化和旅游局', '市文旅局', '市直', '市直各单位'],
      ['金安区人民政府', '金安区政府', '县区', '各县区人民政府'],
      ['裕安区人民政府', '裕安区政府', '县区', '各县区人民政府'],
    ],
    rows,
  );
}
