// The `cchc check --json` report's schema is defined once, in the engine (src/core/report-schema.ts); the tests
// validate real output against that same schema.
export { reportSchema, RULE_IDS as ruleIds } from "../src/core/report-schema";
import type { Report } from "../src/core/types";

export type ReportJson = Report;
