// The command line's exit codes (contract.md): one place, so the reading thread need not load the dispatcher.
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_READ = 2;
