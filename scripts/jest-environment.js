// Jest's Node environment, which also ends the AsyncLocalStorage that jest-circus starts for each test file once the file is
// done. On Node 20 an enabled AsyncLocalStorage stays in a list that every new promise walks (node:async_hooks, _propagate)
// until it is disabled, and jest-circus never disables the one it makes per file: by a worker's 70th file every promise paid
// for 70 of them (a fifth of the suite's CPU time in band went to that walk and its garbage).
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const { TestEnvironment } = require('jest-environment-node');

/** The storages enabled while the current test file ran. */
const enabledDuringFile = new Set();
// Node 20's storages enable themselves through _enable (on run and enterWith); later Node versions keep no such list
const enable = AsyncLocalStorage.prototype._enable;
if (typeof enable === 'function') {
  AsyncLocalStorage.prototype._enable = function trackedEnable(...args) {
    if (!this.enabled) enabledDuringFile.add(this);
    return enable.apply(this, args);
  };
}

class DubanNodeEnvironment extends TestEnvironment {
  async setup() {
    enabledDuringFile.clear();
    await super.setup();
  }

  async teardown() {
    // a storage used again later enables itself again on its next run()
    for (const storage of enabledDuringFile) storage.disable();
    enabledDuringFile.clear();
    await super.teardown();
  }
}

module.exports = DubanNodeEnvironment;
