import { describe, expect, it } from 'vitest';
import { matchEventRule, matchEventRules, parseEventRule, type EventFact, type EventRule } from '../../../shared/tags/event-rules';

const VIEW_300: EventRule = { eventType: 'view', measure: 'duration_s', perProduct: true, atLeast: 300, windowDays: 1 };
const today = 20_416;
const view = (product: string | null, durationS: number | null, day = today): EventFact => ({ type: 'view', day, product, durationS });

describe('matchEventRule', () => {
  it('fires when one product is viewed for 300 s in total today', () => {
    const m = matchEventRule(VIEW_300, [view('X3', 200), view('X3', 150), view('V5', 290)], today);
    expect(m?.value).toBe(350);
    expect(m?.product).toBe('X3');
    expect(m?.reason.zh).toBe('当天浏览「X3」共 5.8 分钟（≥ 5 分钟）');
    expect(m?.reason.en).toBe('view "X3" for 5.8 min today (≥ 5 min)');
  });

  it('does not add up different products, other days, other types or missing durations', () => {
    expect(matchEventRule(VIEW_300, [view('X3', 200), view('V5', 200)], today)).toBeNull();
    expect(matchEventRule(VIEW_300, [view('X3', 200), view('X3', 200, today - 1)], today)).toBeNull();
    expect(matchEventRule(VIEW_300, [view('X3', 200), { type: 'click', day: today, product: 'X3', durationS: 200 }], today)).toBeNull();
    expect(matchEventRule(VIEW_300, [view('X3', null), view('X3', 299)], today)).toBeNull();
    expect(matchEventRule(VIEW_300, [view('X3', 300, today + 1)], today)).toBeNull();
    expect(matchEventRule(VIEW_300, [], today)).toBeNull();
  });

  it('fires at exactly the threshold, and a longer window reaches back', () => {
    expect(matchEventRule(VIEW_300, [view('X3', 300)], today)?.value).toBe(300);
    const week = { ...VIEW_300, windowDays: 7 };
    expect(matchEventRule(week, [view('X3', 200, today - 6), view('X3', 100)], today)?.reason.zh).toBe('近 7 天浏览「X3」共 5 分钟（≥ 5 分钟）');
    expect(matchEventRule(week, [view('X3', 200, today - 7), view('X3', 100)], today)).toBeNull();
  });

  it('counts events across products, and filters one product when asked', () => {
    const drive: EventRule = { eventType: 'test_drive', measure: 'count', perProduct: false, atLeast: 2, windowDays: 3 };
    const td = (day: number, product: string | null = null): EventFact => ({ type: 'test_drive', day, product, durationS: null });
    expect(matchEventRule(drive, [td(today), td(today - 2, 'X3')], today)?.value).toBe(2);
    expect(matchEventRule(drive, [td(today), td(today - 3)], today)).toBeNull();
    const onlyX3 = { ...VIEW_300, product: 'X3' };
    expect(matchEventRule(onlyX3, [view('V5', 400)], today)).toBeNull();
    expect(matchEventRule(onlyX3, [view('X3', 400)], today)?.product).toBe('X3');
  });

  it('breaks ties between products by name', () => {
    expect(matchEventRule(VIEW_300, [view('b', 400), view('a', 400)], today)?.product).toBe('a');
  });

  it('matches several rules and reads stored rules', () => {
    const rules = [{ tagId: 'intent', rule: VIEW_300 }, { tagId: 'drive', rule: { ...VIEW_300, eventType: 'test_drive' } }];
    expect(matchEventRules(rules, [view('X3', 400)], today).map((m) => m.tagId)).toEqual(['intent']);
    expect(parseEventRule(JSON.stringify(VIEW_300))).toEqual({ ...VIEW_300, product: null });
    expect(parseEventRule('{"eventType":"view"}')).toBeNull();
    expect(parseEventRule('not json')).toBeNull();
    expect(parseEventRule(null)).toBeNull();
  });
});
