// The built-in sample's CSV files, bundled into the page as text by webpack (asset/source): the page needs no server files.
import { SampleTexts } from '../core/sheets/sample';
import ledger from '../../assets/sample/liuan-2023-ledger.csv';
import spotChecks from '../../assets/sample/liuan-2023-spotchecks.csv';
import tasks from '../../assets/sample/liuan-2023-tasks.csv';
import units from '../../assets/sample/liuan-units.csv';
import media from '../../assets/sample/media.csv';

/** The same files as SAMPLE_FILES names (the CLI reads them from assets/sample). */
export const SAMPLE_TEXTS: SampleTexts = { tasks, units, media, ledger, spotChecks };
