// Preloaded (node -r) into the processes bench/reader.ts times: reports the process's peak resident memory, worker
// threads included, as the last line on stderr.
"use strict";
process.on("exit", () => process.stderr.write(`\nMAXRSS ${process.resourceUsage().maxRSS}\n`));
