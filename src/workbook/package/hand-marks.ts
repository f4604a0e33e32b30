// What a clerk's hand leaves in a returned workbook beyond its values: hidden rows, a filter, text struck through (a pass of its own, for returns only).
import { SheetMarks } from '../../core/sheets/grid';
import { XmlAttributes, XmlHandler, scanPart, ScanOptions } from '../xml/xml';
import { ZipEntry } from '../zip';
import { gridRef, rowOf } from './grid-refs';

/** A <strike> element's setting: on unless val says 0/false. */
const strikeOn = (raw: XmlAttributes) => {
  const v = raw.get('val');
  return v === undefined || !(v === '0' || v === 'false');
};

/** Per cell format (cellXfs index): whether its font strikes the text through. */
export async function readStruckStyles(bytes: Uint8Array, entry: ZipEntry | undefined, options: ScanOptions): Promise<boolean[]> {
  const fonts: boolean[] = [];
  const xfs: boolean[] = [];
  if (!entry) return xfs;
  let where: 'fonts' | 'cellXfs' | null = null;
  let inFont = false;
  await scanPart(bytes, entry, {
    open(name, raw, selfClosing) {
      if (name === 'fonts' || name === 'cellXfs') where = selfClosing ? null : name;
      else if (where === 'fonts' && name === 'font') {
        fonts.push(false);
        inFont = !selfClosing;
      } else if (where === 'fonts' && inFont && name === 'strike') fonts[fonts.length - 1] = strikeOn(raw);
      else if (where === 'cellXfs' && name === 'xf') xfs.push(fonts[Number(raw.get('fontId') ?? 0)] ?? false);
    },
    close(name) {
      if (name === 'font') inFont = false;
      else if (name === where) where = null;
    },
    text() {},
  }, options);
  return xfs;
}

/** How much of a string is struck through: characters struck, not struck, and following the cell's own font (runs without properties). */
export interface StringStrike {
  readonly on: number;
  readonly off: number;
  readonly inherit: number;
}

/** Counts a string's characters by strike as its runs say (whitespace not counted). */
class StrikeCounter {
  private on = 0;
  private off = 0;
  private inherit = 0;
  private inRun = false;
  private runProps = false;
  private runStrike = false;
  private inText = false;
  private phonetic = 0;

  reset(): void {
    this.on = this.off = this.inherit = 0;
    this.inRun = this.runProps = this.runStrike = this.inText = false;
    this.phonetic = 0;
  }

  open(name: string, raw: XmlAttributes, selfClosing: boolean): void {
    if (name === 'r') {
      this.inRun = !selfClosing;
      this.runProps = false;
      this.runStrike = false;
    } else if (name === 'rPr' && this.inRun) this.runProps = true;
    else if (name === 'strike' && this.inRun) this.runStrike = strikeOn(raw);
    else if (name === 'rPh' && !selfClosing) this.phonetic++;
    else if (name === 't' && !selfClosing && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'r') this.inRun = false;
    else if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
  }

  text(text: string): void {
    if (!this.inText) return;
    const n = text.replace(/\s+/gu, '').length;
    if (!this.inRun || !this.runProps) this.inherit += n;
    else if (this.runStrike) this.on += n;
    else this.off += n;
  }

  result(): StringStrike {
    return { on: this.on, off: this.off, inherit: this.inherit };
  }
}

/** The shared strings with runs of their own font (struck or not), by index; the others follow the cell's font whole. */
export async function readStruckStrings(bytes: Uint8Array, entry: ZipEntry | undefined, options: ScanOptions): Promise<Map<number, StringStrike>> {
  const out = new Map<number, StringStrike>();
  if (!entry) return out;
  let index = -1;
  const counter = new StrikeCounter();
  await scanPart(bytes, entry, {
    open(name, raw, selfClosing) {
      if (name === 'si') {
        index++;
        counter.reset();
      } else counter.open(name, raw, selfClosing);
    },
    close(name) {
      if (name === 'si') {
        const s = counter.result();
        if (s.on > 0 || s.off > 0) out.set(index, s);
      } else counter.close(name);
    },
    text(text) {
      counter.text(text);
    },
  }, options);
  return out;
}

/** A cell's strike from its format's font and, for text in runs, the runs': null when nothing of it is struck. */
function cellStrike(styleStruck: boolean, runs: StringStrike | undefined): 'whole' | 'part' | null {
  if (!runs) return styleStruck ? 'whole' : null;
  const struck = runs.on + (styleStruck ? runs.inherit : 0);
  const plain = runs.off + (styleStruck ? 0 : runs.inherit);
  return struck === 0 ? null : plain === 0 ? 'whole' : 'part';
}

/** One worksheet's marks: rows hidden, whether a filter is on, and the filled cells struck through. */
export async function readSheetMarks(
  bytes: Uint8Array,
  entry: ZipEntry,
  struckStyles: readonly boolean[],
  struckStrings: ReadonlyMap<number, StringStrike>,
  options: ScanOptions,
): Promise<SheetMarks> {
  const hiddenRows: number[] = [];
  const struck: { row: number; col: number; whole: boolean }[] = [];
  let filtered = false;
  let row = -1;
  let col = -1;
  let cell: { style: boolean; type: string | undefined; value: string; inline: boolean } | null = null;
  let inValue = false;
  let inAutoFilter = false;
  const inline = new StrikeCounter();
  const handler: XmlHandler = {
    open(name, raw, selfClosing) {
      switch (name) {
        case 'sheetPr':
          if (raw.get('filterMode') === '1' || raw.get('filterMode') === 'true') filtered = true;
          break;
        case 'row': {
          const r = raw.get('r');
          row = r !== undefined ? rowOf(r) : row + 1;
          col = -1;
          const hidden = raw.get('hidden');
          if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
          break;
        }
        case 'c': {
          const ref = raw.get('r');
          col = ref !== undefined ? gridRef(ref).col : col + 1;
          cell = { style: struckStyles[Number(raw.get('s') ?? 0)] ?? false, type: raw.get('t'), value: '', inline: false };
          inline.reset();
          if (selfClosing) cell = null;
          break;
        }
        case 'v':
          inValue = !selfClosing && cell !== null;
          break;
        case 'is':
          if (cell) cell.inline = true;
          break;
        case 'autoFilter':
          inAutoFilter = !selfClosing;
          break;
        case 'filterColumn':
          if (inAutoFilter) filtered = true;
          break;
        default:
          if (cell?.inline) inline.open(name, raw, selfClosing);
      }
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 'autoFilter') inAutoFilter = false;
      else if (name === 'c' && cell) {
        const c = cell;
        cell = null;
        if (c.inline) {
          const runs = inline.result();
          if (runs.on + runs.off + runs.inherit === 0) return;
          const s = cellStrike(c.style, runs);
          if (s) struck.push({ row, col, whole: s === 'whole' });
          return;
        }
        if (c.value.trim() === '') return;
        const s = cellStrike(c.style, c.type === 's' ? struckStrings.get(parseInt(c.value, 10)) : undefined);
        if (s) struck.push({ row, col, whole: s === 'whole' });
      } else if (cell?.inline) inline.close(name);
    },
    text(text) {
      if (inValue && cell) cell.value += text;
      else if (cell?.inline) inline.text(text);
    },
  };
  await scanPart(bytes, entry, handler, options);
  return { hiddenRows, filtered, struck };
}
