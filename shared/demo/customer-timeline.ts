/**
 * Collects one customer's orders and events as (day, second) pairs, then
 * writes them to the data set in time order with order ids and timestamps.
 * Buffering per customer keeps the global arrays append-only (no global sort)
 * and lets journeys add things out of order (a test drive before a purchase
 * that was planned first).
 */
import type { DemoStamps } from './time-of-day';
import type { DemoEvent, DemoEventType, DemoOrder, DemoOrderChannel } from './types';

/** Order-number prefixes as a DMS prints them: 销售 (vehicle sale), 维修工单 (workshop), 配件 (parts). */
export type OrderPrefix = 'XS' | 'WX' | 'PJ';

export interface DemoSink {
  readonly orders: DemoOrder[];
  readonly events: DemoEvent[];
  readonly stamps: DemoStamps;
  /** First and last day (inclusive) that may carry data: two years up to asOf. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Running order number, shared by all customers so ids are unique. */
  orderNo: number;
}

/** A buffered order or event; `at` = day · 86,400 + second of day, the sort key. */
interface PendingOrder {
  at: number;
  prefix: OrderPrefix;
  channel: DemoOrderChannel;
  product: string;
  amount: number;
  quantity: number;
}
interface PendingEvent {
  at: number;
  type: DemoEventType;
  product: string | undefined;
  durationS: number | undefined;
}

/** `XS-0000001`: prefix and a 7-digit running number (wider beyond 9,999,999). */
export function demoOrderId(prefix: OrderPrefix, orderNo: number): string {
  return `${prefix}-${String(orderNo).padStart(7, '0')}`;
}

export class CustomerTimeline {
  private readonly pendingOrders: PendingOrder[] = [];
  private readonly pendingEvents: PendingEvent[] = [];

  constructor(
    private readonly sink: DemoSink,
    readonly customerId: string,
  ) {}

  /** True when `day` lies in the data window; things outside it are silently dropped. */
  inWindow(day: number): boolean {
    return day >= this.sink.firstDay && day <= this.sink.lastDay;
  }

  /** Adds an order of `quantity` units at `unitPrice` CNY (amount = unitPrice × quantity). */
  order(day: number, second: number, prefix: OrderPrefix, channel: DemoOrderChannel, product: string, unitPrice: number, quantity = 1): void {
    if (!this.inWindow(day)) return;
    const amount = Math.max(0, unitPrice * quantity);
    this.pendingOrders.push({ at: day * 86_400 + second, prefix, channel, product, amount, quantity });
  }

  /** Adds a behaviour event; `product` and `duration_s` only when given. */
  event(day: number, second: number, type: DemoEventType, product?: string, durationS?: number): void {
    if (!this.inWindow(day)) return;
    this.pendingEvents.push({ at: day * 86_400 + second, type, product, durationS: durationS === undefined ? undefined : Math.round(durationS) });
  }

  /** Number of orders added so far (within the window). */
  get orderCount(): number {
    return this.pendingOrders.length;
  }

  /**
   * Writes everything to the sink in time order (stable: same instant keeps
   * insertion order), numbering orders as they are written, and empties the buffers.
   */
  flush(): void {
    const { sink, customerId } = this;
    const byTime = (a: { at: number }, b: { at: number }) => a.at - b.at;
    this.pendingOrders.sort(byTime);
    for (const o of this.pendingOrders) {
      sink.orderNo += 1;
      sink.orders.push({
        order_id: demoOrderId(o.prefix, sink.orderNo),
        customer_id: customerId,
        ordered_at: stamp(sink, o.at),
        amount: o.amount,
        channel: o.channel,
        product: o.product,
        quantity: o.quantity,
      });
    }
    this.pendingEvents.sort(byTime);
    for (const e of this.pendingEvents) {
      const event: DemoEvent = { customer_id: customerId, type: e.type, occurred_at: stamp(sink, e.at) };
      if (e.product !== undefined) event.product = e.product;
      if (e.durationS !== undefined) event.duration_s = e.durationS;
      sink.events.push(event);
    }
    this.pendingOrders.length = 0;
    this.pendingEvents.length = 0;
  }
}

function stamp(sink: DemoSink, at: number): string {
  const day = Math.floor(at / 86_400);
  return sink.stamps.format(day, at - day * 86_400);
}
