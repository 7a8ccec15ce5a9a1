// smart-measurable: an indicator with no digit, percentage or count word: nothing to count or compare (M).
import type { Finding, PlanRow } from "../types";
import { HAS_DIGIT, MEASURE_WORDS } from "./indicator-words";
import { cellOf, checkedRows, finding, isBlank, label, memoized, phraseMatcher } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  notMeasurable: (row: string, indicator: string) =>
    `${row} có chỉ số "${indicator}" chưa đo đếm được (M): thêm con số, tỷ lệ % hoặc mức đạt/không đạt.`,
};

const hasMeasureWord = phraseMatcher(MEASURE_WORDS, true);

export function isMeasurable(indicator: string): boolean {
  return HAS_DIGIT.test(indicator) || indicator.includes("%") || hasMeasureWord(indicator);
}

const isMeasurableText = memoized(isMeasurable);

function unmeasurable(row: PlanRow): boolean {
  return !isBlank(row.indicator) && !isMeasurableText(row.indicator as string);
}

export const smartMeasurable: Rule = {
  id: "smart-measurable",
  severity: "warning",
  letter: "M",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter(unmeasurable)
      .map((row) =>
        finding(smartMeasurable, row, cellOf(plan, row, "indicator"), messages.notMeasurable(label(plan, row), (row.indicator as string).trim())),
      );
  },
};
