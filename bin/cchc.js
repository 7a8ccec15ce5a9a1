#!/usr/bin/env node
"use strict";
const argv = process.argv.slice(2);
// The reading thread `check`, `build` or `schedule` will ask for starts first: Node's start-up of the thread then
// runs while the command's own modules load.
const threads = require("../build/src/cli/threads.js");
threads.startEarly(argv);
require("../build/src/cli/main.js").main(argv).then((code) => {
  threads.endEarly();
  process.exitCode = code;
});
