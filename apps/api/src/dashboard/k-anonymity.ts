/**
 * Hides every cell describing fewer than `k` people, then keeps hiding the smallest visible
 * cell while what is hidden could be worked out from the total: a single hidden cell, or
 * hidden cells adding up to fewer than `k` people (complementary suppression).
 */
export function suppressSmallCells<T extends { participants: number | null }>(cells: T[], k: number, hide: (cell: T) => T): T[] {
  const counts = cells.map((c) => c.participants ?? 0);
  const hidden = counts.map((n) => n < k);
  const hiddenSum = () => counts.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), 0);
  const hiddenCount = () => hidden.filter(Boolean).length;
  while (hiddenCount() > 0 && hiddenCount() < cells.length && (hiddenCount() === 1 || hiddenSum() < k)) {
    let smallest = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && (smallest < 0 || n < counts[smallest])) smallest = i;
    });
    hidden[smallest] = true;
  }
  return cells.map((c, i) => (hidden[i] ? hide(c) : c));
}
