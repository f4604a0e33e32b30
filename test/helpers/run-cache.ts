// What several test files build from the same fixture, built once per jest run in the run's own folder (made and removed by
// scripts/jest-run-setup.js and jest-run-teardown.js) and copied to each file that needs it; never kept from one run to the next.
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';

/**
 * Fills `dest` (a new folder) with what `build` writes into a folder: built once in this run, copied afterwards. Without a
 * run folder (jest started with another config) it is built into `dest` directly.
 */
export async function builtOnce(name: string, dest: string, build: (dir: string) => Promise<void>): Promise<void> {
  const run = process.env.DUBAN_TEST_RUN_DIR;
  if (!run || !existsSync(run)) return build(dest);
  const kept = path.join(run, name);
  if (!existsSync(kept)) {
    // built apart and renamed into place: two workers building at once leave one whole copy
    const building = await fs.mkdtemp(path.join(run, `${name}.building-`));
    await build(building);
    await fs.rename(building, kept).catch(() => fs.rm(building, { recursive: true, force: true }));
  }
  await fs.cp(kept, dest, { recursive: true });
}
