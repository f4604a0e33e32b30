// A read-only view of one sheet for the browser page: only the rows on screen are rendered (and fetched from the workbook worker); a selected issue's cell is highlighted,
// and the picked cell's whole text shows in a bar above the grid (cells keep one line each, so that long sheets scroll smoothly).
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { columnLetters } from '../../core/sheets/grid';
import { textWidth } from '../../core/sheets/sheet-spec';
import { GRID_ROW_HEIGHT, SheetWindow, cellDisplay, visibleRows } from '../grid-view';
import { Strings } from '../strings';

const COLUMN_WIDTH = 120;
const ROW_HEADER_WIDTH = 48;
/** Text wider than this (in character widths, a CJK character about two) does not fit a cell: its cell gets a tooltip. */
const CELL_CHARS = 15;

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: '4px', minHeight: 0, flexGrow: 1 },
  scroller: {
    position: 'relative', overflow: 'auto', flexGrow: 1, minHeight: '240px', border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1, fontSize: tokens.fontSizeBase200,
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed' },
  head: {
    position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center', height: `${GRID_ROW_HEIGHT}px`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, textAlign: 'right', paddingRight: '4px',
    color: tokens.colorNeutralForeground3, borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 3 },
  cell: {
    height: `${GRID_ROW_HEIGHT}px`, maxHeight: `${GRID_ROW_HEIGHT}px`, padding: '0 4px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke1Hover}`, borderBottom: `1px solid ${tokens.colorNeutralStroke1Hover}`, boxSizing: 'border-box',
  },
  number: { textAlign: 'right' },
  highlight: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px' },
  note: { color: tokens.colorNeutralForeground3 },
  picked: { backgroundColor: tokens.colorBrandBackground2, outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  bar: {
    display: 'flex', gap: '8px', alignItems: 'flex-start', minHeight: '24px', maxHeight: '96px', overflowY: 'auto', padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1, fontSize: tokens.fontSizeBase200,
  },
  barRef: { flexShrink: 0, minWidth: '56px', fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  barText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 },
});

export interface SheetGridProps {
  /** The rows of the sheet the page holds (rows outside it show empty until they arrive). */
  readonly grid: SheetWindow | null;
  /** Asked with the rows on screen whenever they change: the page fetches them when it lacks them. */
  readonly onRows?: (first: number, last: number) => void;
  readonly t: Strings;
  /** 0-based cell to highlight (and scroll to). */
  readonly highlight: { row: number; col: number } | null;
}

export function SheetGrid({ grid, t, highlight, onRows }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  // the cell whose whole text the bar shows: the highlighted issue's cell, or one the clerk clicked
  const [picked, setPicked] = useState<{ row: number; col: number } | null>(null);
  useEffect(() => setPicked(highlight), [highlight, grid?.sheet]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => setHeight(el.clientHeight || 600)) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (!highlight) {
      el.scrollTop = 0;
      setScrollTop(0);
      return;
    }
    const top = Math.max(0, (highlight.row + 1) * GRID_ROW_HEIGHT - el.clientHeight / 2);
    const left = Math.max(0, ROW_HEADER_WIDTH + highlight.col * COLUMN_WIDTH - el.clientWidth / 2);
    el.scrollTo({ top, left });
    setScrollTop(top);
  }, [highlight, grid?.sheet]);

  const extent = grid?.extent ?? { rows: 0, columns: 1, totalRows: 0 };
  const { first, last } = visibleRows(scrollTop, height, extent.rows);
  useEffect(() => {
    if (grid) onRows?.(first, last);
  }, [grid, first, last, onRows]);

  if (!grid) return null;
  const columns = Array.from({ length: extent.columns }, (_, c) => c);
  const rows = [];
  for (let r = first; r < last; r++) {
    const values = grid.rows[r - grid.first] ?? [];
    const formats = grid.formats[r - grid.first] ?? [];
    rows.push(
      <tr key={r} style={{ height: GRID_ROW_HEIGHT }}>
        <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
          {r + 1}
        </th>
        {columns.map((c) => {
          const value = values[c];
          const text = cellDisplay(value, formats[c]);
          // marked once its row has arrived from the worker (the cell's text is then there too)
          const hit = highlight !== null && highlight.row === r && highlight.col === c && r - grid.first < grid.rows.length && r >= grid.first;
          const chosen = !hit && picked !== null && picked.row === r && picked.col === c;
          return (
            <td
              key={c}
              className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, chosen && styles.picked, hit && styles.highlight)}
              title={textWidth(text) > CELL_CHARS ? text : undefined}
              data-cell={hit ? 'highlight' : undefined}
              onClick={() => setPicked({ row: r, col: c })}
            >
              {text}
            </td>
          );
        })}
      </tr>,
    );
  }
  const pickedText = picked && picked.row >= grid.first && picked.row < grid.first + grid.rows.length
    ? cellDisplay(grid.rows[picked.row - grid.first]?.[picked.col], grid.formats[picked.row - grid.first]?.[picked.col]) : '';
  return (
    <div className={styles.wrap}>
      <div className={styles.bar} data-testid="cell-bar" aria-live="polite">
        <span className={styles.barRef}>{picked ? `${columnLetters(picked.col)}${picked.row + 1}` : ''}</span>
        <span className={styles.barText}>{picked ? pickedText : t.cellBarHint}</span>
      </div>
      <div className={styles.scroller} ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="grid">
        {extent.totalRows === 0 ? (
          <Caption1 className={styles.note}>{t.emptySheet}</Caption1>
        ) : (
          <table className={styles.table} style={{ width: ROW_HEADER_WIDTH + extent.columns * COLUMN_WIDTH }}>
            <colgroup>
              <col style={{ width: ROW_HEADER_WIDTH }} />
              {columns.map((c) => (
                <col key={c} style={{ width: COLUMN_WIDTH }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className={mergeClasses(styles.head, styles.corner)} />
                {columns.map((c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first > 0 && <tr style={{ height: first * GRID_ROW_HEIGHT }} aria-hidden="true" />}
              {rows}
              {last < extent.rows && <tr style={{ height: (extent.rows - last) * GRID_ROW_HEIGHT }} aria-hidden="true" />}
            </tbody>
          </table>
        )}
      </div>
      {extent.totalRows > extent.rows && <Caption1 className={styles.note}>{t.rowsCapped(extent.rows, extent.totalRows)}</Caption1>}
    </div>
  );
}
