// Jest global teardown: removes the run's folder (scripts/jest-run-setup.js); nothing built in one run is used by the next.
const fs = require('fs');

module.exports = async function teardown() {
  const dir = process.env.DUBAN_TEST_RUN_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
