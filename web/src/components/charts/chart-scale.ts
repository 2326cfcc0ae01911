// The little arithmetic the charts need: mapping values onto the drawing and
// choosing round tick values. Two straight-line formulas do not justify a
// charting library on pages that people open on cheap phones.

/** Maps `value` in [domainMin, domainMax] onto [rangeMin, rangeMax]. */
export function linearScale(domainMin: number, domainMax: number, rangeMin: number, rangeMax: number) {
  const span = domainMax - domainMin || 1;
  return (value: number) => rangeMin + ((value - domainMin) / span) * (rangeMax - rangeMin);
}

/** About `count` evenly spaced round values from `min` to `max` inclusive. */
export function ticks(min: number, max: number, count = 4): number[] {
  const rough = (max - min) / count || 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const first = Math.ceil(min / step) * step;
  const values: number[] = [];
  for (let value = first; value <= max + step / 1000; value += step) values.push(Number(value.toPrecision(12)));
  return values;
}

/** Which of `count` x labels to print so they do not overlap on a narrow chart. */
export function labelEvery(count: number, room = 6) {
  return Math.max(1, Math.ceil(count / room));
}
