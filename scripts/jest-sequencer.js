// Jest's order of test files: the ones that build the pane, start Chromium or LibreOffice first, then jest's own order
// (slowest first when it remembers, else largest). On a fresh clone jest remembers nothing, and these started late left
// their long builds for the end of the run.
const Sequencer = require('@jest/test-sequencer').default;

/** Files that wait on a webpack build, a browser or LibreOffice: minutes of the run's tail if started last. */
const SLOW_START = /[\\/]test[\\/](?:browser[\\/]|addin[\\/](?:wps-package|bundle|bundle-size|webview-syntax)\.test|libreoffice\.test|real-tables-resaved\.test|real-tables-as-word\.test|xlsx-stream\.test)/;

class SlowFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const rank = (t) => (SLOW_START.test(t.path) ? 0 : 1);
    return [...ordered].sort((a, b) => rank(a) - rank(b)); // stable: jest's order within each group
  }
}

module.exports = SlowFirst;
