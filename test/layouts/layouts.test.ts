// The layouts suite (issue 7): plan tables laid out as officials lay them out, each with its facts worked out by hand.
// Every fact must hold; the README's table gives the counts.
import { verify, type Capability } from "./harness";
import { LAYOUTS } from "./layouts";

const CAPABILITIES: Capability[] = [
  "header-words", "unknown-header", "multi-row-header", "period-parts", "budget-sources", "responsibility-parent",
  "letter-row", "column-numbers", "unit-header", "unit-line", "decimals", "subtotal", "end-total", "end-words", "end-text",
  "label-in-tt", "letter-run", "goals", "period-idioms", "amount-idioms", "ditto", "assignment-labels", "repeated-header", "unit-rows",
];

describe("layouts suite", () => {
  it("has at least 30 layouts, some of them written after the reader from shapes it was not tuned on", () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(30);
    expect(LAYOUTS.filter((layout) => layout.unseen).length).toBeGreaterThanOrEqual(8);
  });

  it.each(CAPABILITIES)(
    "exercises %s in at least two layouts",
    (capability) => {
      expect(LAYOUTS.filter((layout) => layout.covers.includes(capability)).length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(LAYOUTS.map((layout) => [layout.name, layout] as const))("%s", (_, layout) => {
    const verdict = verify(layout);
    expect(verdict.failures).toEqual([]);
    expect(verdict.facts).toBeGreaterThan(3);
  });
});
