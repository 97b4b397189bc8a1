/**
 * Display tolerance: officers round or truncate to the decimals they show. A shown value agrees with the exact
 * one when rounding or truncating the exact value to the shown decimals could give it
 * (76% for 35/46 = 76,09%; 7,75% for 396/5106 = 7,7556%; not 5,75%).
 */
const EPS = 1e-9;

export function agreesWithinDisplay(shown: number, decimals: number, exact: number): boolean {
  const unit = Math.pow(10, -decimals);
  const rounded = Math.abs(exact - shown) <= unit / 2 + EPS;
  const truncated = exact + EPS >= shown && exact < shown + unit - EPS;
  return rounded || truncated;
}

/** The exact value rounded to the given decimals (the value a fix writes). */
export function roundTo(value: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round((value + Math.sign(value) * EPS) * f) / f;
}
