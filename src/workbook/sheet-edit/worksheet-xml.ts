// A generated sheet (SheetSpec) as SpreadsheetML worksheet XML, in pieces: values, styles, widths, merges, panes, filters, validations, links, print setup.
import { FIT_TO_PAGE_PR, pageSetupXml, printOptionsXml } from './print-setup';
import { CellRange, columnLetters } from '../../core/sheets/grid';
import { CellStyle, SheetSpec, SpecCell, SpecValue } from '../../core/sheets/sheet-spec';
import { DAYS_1900_TO_1904, isDateFormat } from '../package/xlsx-stream';
import { StyleBook } from '../package/styles-part';
import { escAttr, escText } from '../xml/xml-escape';
import { SharedStringTable } from './shared-strings';


/**
 * Cells whose XML after the reference is kept for reuse, per sheet: a few MB at most (keeping every
 * cell's whole XML once raised the 500k-row report's peak by about 0.3 GB).
 */
const MAX_TAILS = 1 << 17;
/** Text pieces are gathered to about this many characters before they are handed on. */
const PIECE = 1 << 16;

export interface SheetLinks {
  /** External hyperlink targets, by relationship id. */
  readonly external: { id: string; target: string }[];
}

/**
 * The worksheet XML of a spec, in pieces (never one string): values (strings in the shared string
 * table and always as text, numbers, booleans), styles, widths, merges, frozen panes, filter, tab
 * colour, list validations, data bars and hyperlinks — what FileWorkbook's fillWorksheet writes
 * through exceljs.
 */
export function* worksheetXml(spec: SheetSpec, styles: StyleBook, strings: SharedStringTable, mainNs: string, relNs: string, links: SheetLinks, date1904 = false): Generator<string> {
  const merges = spec.merges ?? [];
  let lastRow = spec.rows.length - 1;
  let lastCol = 0;
  for (const row of spec.rows) if (row.length - 1 > lastCol) lastCol = row.length - 1;
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }
  const letters: string[] = [];
  const col = (c: number) => letters[c] ?? (letters[c] = columnLetters(c));

  // covered cells of a merge take the master's style, as exceljs's mergeCells gives them
  const covered = new Map<number, Map<number, CellStyle>>();
  for (const m of merges) {
    const style = spec.rows[m.top]?.[m.left]?.style;
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let row = covered.get(r);
        if (!row) covered.set(r, (row = new Map()));
        row.set(c, style);
      }
    }
  }

  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">`;
  if (spec.tabColor || spec.print) {
    out += `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.toUpperCase()}"/>` : ''}${spec.print ? FIT_TO_PAGE_PR : ''}</sheetPr>`;
  }
  out += `<dimension ref="A1${lastRow > 0 || lastCol > 0 ? `:${col(lastCol)}${Math.max(lastRow, 0) + 1}` : ''}"/>`;
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0) ? spec.freeze : undefined;
  if (freeze) {
    const pane = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${col(freeze.columns)}${freeze.rows + 1}`;
    out += `<sheetViews><sheetView workbookViewId="0"><pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
  } else out += '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const widths = spec.widths ?? [];
  if (widths.some((w) => typeof w === 'number' && w > 0)) {
    out += '<cols>';
    widths.forEach((w, i) => {
      if (typeof w === 'number' && w > 0) out += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
    });
    out += '</cols>';
  }
  out += '<sheetData>';

  const hyperlinks: string[] = [];
  const rows = new RowWriter(styles, strings, hyperlinks, links, date1904, col);
  for (let r = 0; r <= lastRow; r++) {
    // a row given a height (a title, wrapped text a reader must see whole) keeps it in every viewer
    const ht = spec.heights?.[r];
    out += rows.write(r, spec.rows[r] ?? [], covered.get(r), typeof ht === 'number' && ht > 0 ? ` ht="${ht}" customHeight="1"` : '');
    if (out.length >= PIECE) {
      yield out;
      out = '';
    }
  }
  out += '</sheetData>';

  if (spec.autoFilter) out += `<autoFilter ref="${escAttr(spec.autoFilter)}"/>`;
  if (merges.length) out += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m, col)}"/>`).join('')}</mergeCells>`;
  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    out += `<conditionalFormatting sqref="${escAttr(cf.range)}"><cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF${cf.color.toUpperCase()}"/></dataBar></cfRule></conditionalFormatting>`;
  }
  const validations = spec.validations ?? [];
  if (validations.length) {
    out += `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      const formula = Array.isArray(v.list) ? `"${(v.list as readonly string[]).join(',')}"` : (v.list as { source: string }).source.replace(/^=/, '');
      const messages = v.allowOther ? ' errorStyle="information"' : ' showErrorMessage="1" errorTitle="输入无效" error="请从下拉列表中选择。"';
      const prompt = v.prompt ? ` showInputMessage="1" promptTitle="提示" prompt="${escAttr(v.prompt)}"` : '';
      out += `<dataValidation type="list" allowBlank="1"${messages}${prompt} sqref="${escAttr(v.range)}"><formula1>${escText(formula)}</formula1></dataValidation>`;
    }
    out += '</dataValidations>';
  }
  if (hyperlinks.length) {
    yield out;
    out = '<hyperlinks>';
    for (const h of hyperlinks) {
      out += h;
      if (out.length >= PIECE) {
        yield out;
        out = '';
      }
    }
    out += '</hyperlinks>';
  }
  out += `${printOptionsXml(spec.print)}${pageSetupXml(spec.print)}</worksheet>`;
  yield out;
}

/** The rows of sheetData as XML, cell by cell. */
class RowWriter {
  /** The XML after `<c r="A1` of cells shared by many rows (a task's cells in 单位任务清单), made once. */
  private readonly tails = new Map<SpecCell, string>();
  /** `<c r="` and a column's letters. */
  private readonly opens: string[] = [];
  /** Per column, the last cell written from `tails` and its XML. */
  private readonly above: SpecCell[] = [];
  private readonly aboveTail: string[] = [];

  constructor(
    private readonly styles: StyleBook,
    private readonly strings: SharedStringTable,
    private readonly hyperlinks: string[],
    private readonly links: SheetLinks,
    private readonly date1904: boolean,
    private readonly col: (c: number) => string,
  ) {}

  /** The row's XML, or '' for a row with nothing to write. */
  write(r: number, row: readonly (SpecCell | null | undefined)[], extra: Map<number, CellStyle> | undefined, height: string): string {
    const end = Math.max(row.length, extra ? Math.max(...extra.keys()) + 1 : 0);
    const rowNumber = String(r + 1);
    let cells = '';
    for (let c = 0; c < end; c++) {
      const sc = row[c];
      const style = sc && (sc.value !== null || sc.style) ? sc.style : extra?.get(c);
      if (!sc || (sc.value === null && !sc.style)) {
        if (style) cells += `<c r="${this.col(c)}${rowNumber}" s="${this.styles.index(style)}"/>`;
        continue;
      }
      // the same cell as the row above's (a unit's name down its rows) needs no look-up
      const tail = this.above[c] === sc ? this.aboveTail[c] : this.tails.get(sc);
      if (tail !== undefined) {
        this.above[c] = sc;
        this.aboveTail[c] = tail;
        if (typeof sc.value === 'string') this.strings.refs++;
        cells += (this.opens[c] ?? (this.opens[c] = `<c r="${this.col(c)}`)) + rowNumber + tail;
        continue;
      }
      const ref = `${this.col(c)}${rowNumber}`;
      const s = style ? ` s="${this.styles.index(style)}"` : '';
      // core's serials are in the 1900 system; a 1904 workbook stores dates 1462 days less
      const value = this.date1904 && typeof sc.value === 'number' && style?.numFmt && isDateFormat(style.numFmt) ? sc.value - DAYS_1900_TO_1904 : sc.value;
      const xml = cellXml(ref, s, value, this.strings, this.hyperlinks, this.links);
      if (this.tails.size < MAX_TAILS && (value === null || typeof value !== 'object' || 'formula' in value)) this.tails.set(sc, xml.slice(ref.length + 6));
      cells += xml;
    }
    return cells || height ? `<row r="${rowNumber}"${height}>${cells}</row>` : '';
  }
}

function rangeRef(m: CellRange, col: (c: number) => string): string {
  return `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`;
}

function cellXml(ref: string, s: string, value: SpecValue, strings: SharedStringTable, hyperlinks: string[], links: SheetLinks): string {
  if (value === null) return `<c r="${ref}"${s}/>`;
  switch (typeof value) {
    case 'string':
      return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
    case 'number':
      return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      break;
  }
  if ('formula' in value) return `<c r="${ref}"${s}><f>${escText(value.formula.replace(/^=/, ''))}</f></c>`;
  // a hyperlink: the text in the cell; an internal target (#Sheet!A1) is a location, needing no relationship
  if (value.link.startsWith('#')) {
    hyperlinks.push(`<hyperlink ref="${ref}" location="${escAttr(value.link.slice(1))}" display="${escAttr(value.text)}"/>`);
  } else {
    const id = `rId${links.external.length + 1}`;
    links.external.push({ id, target: value.link });
    hyperlinks.push(`<hyperlink ref="${ref}" r:id="${id}" display="${escAttr(value.text)}"/>`);
  }
  return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value.text)}</v></c>`;
}
