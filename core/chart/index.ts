/** The organisational chart (schemat organizacyjny): layout from the unit register, and SVG output. */
export { layoutChart, firstBaseline, NATURAL } from './layout';
export type { ChartBox, ChartBoxKind, ChartConnector, ChartLayout, ChartOptions, ChartPoint } from './layout';
export { chartSvg } from './svg';
export { measureText, wrapText, widestUnbreakable, fontExtent, FONT_METRICS, CHART_FONT_FAMILY } from './text-metrics';
export type { FontFace, FontMetricsFile } from './text-metrics';
