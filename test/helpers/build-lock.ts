// A lock directory for a build that parallel test files share (the pane's webpack build, the WPS package): the first
// file builds, the others wait. A lock is taken over only when the process holding it is gone (a killed run), never for
// being old: on a busy machine a build may take many minutes, and a second build into the same folder would spoil both.
import * as fs from 'fs';
import * as path from 'path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the lock's owner has ended (or never wrote its id, a minute after taking it). */
function abandoned(lock: string): boolean {
  let owner: number;
  try {
    owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    const taken = fs.statSync(lock, { throwIfNoEntry: false });
    return taken !== undefined && Date.now() - taken.mtimeMs > 60_000;
  }
  try {
    process.kill(owner, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `build` holding the lock directory `lock`, waiting while another process holds it. */
export async function withBuildLock<T>(lock: string, build: () => T | Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (abandoned(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    return await build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
