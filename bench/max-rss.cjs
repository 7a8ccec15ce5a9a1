// Preloaded (node -r) into the processes bench/reader.ts times: reports the process's peak resident memory, worker
// threads included, as the last line on stderr. On Linux it reads VmHWM from /proc/self/status, the high-water of
// this process's own memory: getrusage's maxRSS (process.resourceUsage) carries over the parent's resident size at
// fork, so a child of a 130 MB bench process reported 130 MB whatever it did itself.
"use strict";
const { readFileSync } = require("fs");

function peakKb() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: the rusage figure, which is right when the parent is smaller than the child
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => process.stderr.write(`\nMAXRSS ${peakKb()}\n`));
