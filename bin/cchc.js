#!/usr/bin/env node
"use strict";
const argv = process.argv.slice(2);
// A reader that stops early (`cchc check … --json | head`) closes the pipe: the rest is not wanted, and the command
// ends as it would have, with its own exit code, not with Node's stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
}
// The reading thread `check`, `build` or `schedule` will ask for starts first: Node's start-up of the thread then
// runs while the command's own modules load.
const threads = require("../build/src/cli/threads.js");
threads.startEarly(argv);
require("../build/src/cli/main.js").main(argv).then((code) => {
  threads.endEarly();
  process.exitCode = code;
});
