// Jest global setup: a folder for this run only (DUBAN_TEST_RUN_DIR), where test files keep what several of them build from
// the same fixture (test/helpers/run-cache.ts). The workers inherit the variable; scripts/jest-run-teardown.js removes the folder.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async function setup() {
  process.env.DUBAN_TEST_RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-test-run-'));
};
