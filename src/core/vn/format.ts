/**
 * Number formatting for messages, with Intl.NumberFormat (ICU): Vietnamese "69.843,532", "7,76%";
 * English "69,843.532", "7.76%". Pure ES2022 + Intl.
 *
 * decimals: exactly that many digits after the separator (rounded half away from zero by Intl);
 * omitted: as many as the value needs, at most 10 (69843.532 → "69.843,532", 1851 → "1.851").
 * Negative zero and values that round to zero never show a minus sign.
 * Percent functions take percent points (7.76 → "7,76%"), never fractions.
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number | undefined): Intl.NumberFormat {
  const d = decimals === undefined ? undefined : Math.max(0, Math.min(20, Math.floor(decimals)));
  const key = `${locale}|${d ?? "auto"}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      d === undefined
        ? { useGrouping: true, minimumFractionDigits: 0, maximumFractionDigits: 10 }
        : { useGrouping: true, minimumFractionDigits: d, maximumFractionDigits: d },
    );
    cache.set(key, f);
  }
  return f;
}

function format(locale: string, value: number, decimals: number | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const s = formatter(locale, decimals).format(value);
  return /^-0(?:[.,]0*)?$/.test(s) ? s.slice(1) : s;
}

/** 69843.532 → "69.843,532"; 1851 → "1.851"; (7.5, 2) → "7,50". */
export function formatNumberVi(value: number, decimals?: number): string {
  return format("vi-VN", value, decimals);
}

/** (7.76, 2) → "7,76%"; (76, 0) → "76%". Vietnamese ICU writes no space before %. */
export function formatPercentVi(points: number, decimals?: number): string {
  return `${formatNumberVi(points, decimals)}%`;
}

/** 69843.532 → "69,843.532"; 1851 → "1,851". */
export function formatNumberEn(value: number, decimals?: number): string {
  return format("en-US", value, decimals);
}

/** (7.76, 2) → "7.76%". */
export function formatPercentEn(points: number, decimals?: number): string {
  return `${formatNumberEn(points, decimals)}%`;
}
