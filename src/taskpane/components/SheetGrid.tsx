// A read-only view of one sheet for the browser page: only the rows on screen are rendered (and fetched from the workbook worker); a selected issue's cell is highlighted.
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { columnLetters } from '../../core/sheets/grid';
import { GRID_ROW_HEIGHT, SheetWindow, cellDisplay, visibleRows } from '../grid-view';
import { Strings } from '../strings';

const COLUMN_WIDTH = 120;
const ROW_HEADER_WIDTH = 48;

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
          return (
            <td
              key={c}
              className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, hit && styles.highlight)}
              title={text.length > 12 ? text : undefined}
              data-cell={hit ? 'highlight' : undefined}
            >
              {text}
            </td>
          );
        })}
      </tr>,
    );
  }
  return (
    <div className={styles.wrap}>
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
