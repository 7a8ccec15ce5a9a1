// Tổng hợp: many units' drafts into one traced plan (issue 9). Pure.
export * from "./types";
export { consolidate, planReads, MERGED_SHEET, type ConsolidateOptions } from "./consolidate";
export { unitOf, unitKey, headingBody, fileUnit } from "./unit";
export { scorecardOf } from "./scorecard";
export { draftSheets, noDraftReason } from "./own-output";
export { withUnitHeadings } from "./unit-headings";
export * from "./sheets";
export { MERGE_TEXT, SHEET_TEXT, UNIT_SOURCE_NAMES } from "./strings.vi";
