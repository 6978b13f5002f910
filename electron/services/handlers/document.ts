/**
 * Handlers that turn an order into its printed forms: the full text (`render:text`), the rendered blocks for
 * the preview (`render:document`, core/render) and the organisational chart as SVG (`chart:svg`, core/chart).
 * Pure computations over the order the renderer sends, validated against the model's schema first.
 */
import { z } from 'zod';
import { chartSvg, layoutChart } from '../../../core/chart/index.js';
import { OrderSchema } from '../../../core/model/order.js';
import { renderDocument } from '../../../core/render/document.js';
import { renderText } from '../../../core/render/text.js';
import { defineHandler, ok } from './define.js';

const OrderArg = z.object({ order: OrderSchema });

/** `render:text`, `render:document`, `chart:svg`. */
export function documentHandlers() {
  return {
    'render:text': defineHandler(OrderArg, ({ order }) => ok(renderText(order))),
    'render:document': defineHandler(OrderArg, ({ order }) => ok(renderDocument(order))),
    'chart:svg': defineHandler(OrderArg, ({ order }) => ok(chartSvg(layoutChart(order)))),
  };
}
