// Bundled into the WPS pane page before its scripts (wps-pane.test.ts): the ET double as WPS's
// Application global, holding the workbook the test put in window.__dubanGrids.
import { Grid } from '../../src/core/sheets/grid';
import { modelFromGrids } from '../workbook/model-from-grids';
import { EtDouble } from '../workbook/wps-double';

const scope = window as unknown as { __dubanGrids: Grid[]; __dubanEt: EtDouble; Application: unknown };
const et = new EtDouble(modelFromGrids(scope.__dubanGrids));
scope.__dubanEt = et;
scope.Application = et.Application;
