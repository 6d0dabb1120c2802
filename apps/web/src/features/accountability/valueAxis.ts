/**
 * The value axis of an indicator's chart: from zero to a round number above the highest value or
 * target (so that the target line and its label sit inside the chart, below its top edge), in 3 to 5
 * even steps. Whole figures (documents, people, projects) get whole steps: never "1.7 documents".
 */
export function valueAxis(highest: number, whole: boolean): { top: number; ticks: number[] } {
  const want = Math.max(highest, whole ? 1 : 0.1) * 1.15;
  const magnitude = 10 ** Math.floor(Math.log10(want / 4));
  const factors = whole && magnitude < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const fitting = factors.map((f) => f * magnitude).find((s) => s * 4 >= want) ?? 10 * magnitude;
  const step = whole ? Math.max(1, fitting) : fitting;
  const count = Math.ceil(want / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[ticks.length - 1], ticks };
}
