// Print setup of generated sheets as SpreadsheetML pieces (A4, one page wide, title rows, centred page numbers): one home for every writer.
import { PRINT_FOOTER, PrintSpec } from '../../core/sheets/sheet-spec';
import { escText } from '../xml/xml-escape';

/** Excel's paper size code of A4. */
export const A4_PAPER = 9;


/** The child of <sheetPr> that makes fitToWidth/fitToHeight apply. */
export const FIT_TO_PAGE_PR = '<pageSetUpPr fitToPage="1"/>';

/** <printOptions> and <pageMargins>: centred horizontally, narrow margins (inches). */
export function printOptionsXml(print: PrintSpec | undefined): string {
  const margins = print
    ? '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  return (print ? '<printOptions horizontalCentered="1"/>' : '') + margins;
}

/** <pageSetup> and <headerFooter>, which follow <pageMargins>. */
export function pageSetupXml(print: PrintSpec | undefined): string {
  if (!print) return '';
  return `<pageSetup paperSize="${A4_PAPER}" orientation="${print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escText(PRINT_FOOTER)}</oddFooter></headerFooter>`;
}

/** The text of the _xlnm.Print_Titles defined name: 'Sheet'!$1:$3. */
export function printTitlesRef(sheet: string, print: PrintSpec): string {
  return `'${sheet.replace(/'/g, "''")}'!$1:$${print.titleRows}`;
}
