// smart-specific: an indicator that rests on a vague verb phrase (nâng cao, tăng cường…) with nothing countable in it.
import { fold } from "../text";
import type { Finding, PlanRow } from "../types";
import { COUNT_OBJECT_WORDS, HAS_DIGIT, VAGUE_PHRASES } from "./indicator-words";
import { cellOf, checkedRows, finding, isBlank, label, memoized, phraseMatcher } from "./rule";
import type { Rule, RuleContext } from "./rule";

export const messages = {
  vague: (row: string, indicator: string) =>
    `${row} có chỉ số "${indicator}" còn chung chung (S): ghi rõ làm gì, cho ai, bao nhiêu (ví dụ "100% hồ sơ được số hóa").`,
};

/** The indicator's text with leading bullets and punctuation removed, folded. */
function foldedStart(indicator: string): string {
  return fold(indicator.replace(/^[\s\-–•+*.:;]+/u, ""));
}

const FOLDED_VAGUE = VAGUE_PHRASES.map(fold);
const hasCountObject = phraseMatcher(COUNT_OBJECT_WORDS, true);

const VAGUE_INITIALS = new Set(FOLDED_VAGUE.map((phrase) => phrase.charCodeAt(0)));

/** An indicator opening with an ASCII letter or digit folds to start with it (lower-cased): most are ruled out unfolded. */
function mayStartVague(indicator: string): boolean {
  const code = indicator.charCodeAt(0);
  const upper = code >= 0x41 && code <= 0x5a;
  const alnum = upper || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return !alnum || VAGUE_INITIALS.has(upper ? code + 32 : code);
}

export function isVague(indicator: string): boolean {
  if (!mayStartVague(indicator)) return false;
  const start = foldedStart(indicator);
  const vague = FOLDED_VAGUE.some((phrase) => start.startsWith(phrase));
  return vague && !HAS_DIGIT.test(indicator) && !hasCountObject(indicator);
}

const isVagueText = memoized(isVague);

function vagueIndicator(row: PlanRow): boolean {
  return !isBlank(row.indicator) && isVagueText(row.indicator as string);
}

export const smartSpecific: Rule = {
  id: "smart-specific",
  severity: "warning",
  letter: "S",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    return checkedRows(ctx)
      .filter(vagueIndicator)
      .map((row) => finding(smartSpecific, row, cellOf(plan, row, "indicator"), messages.vague(label(plan, row), (row.indicator as string).trim())));
  },
};
