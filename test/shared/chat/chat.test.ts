import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../../shared/chat/mask-phone';
import { detectIntent } from '../../../shared/chat/intent';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('+86 138-1234-1234')).toBe('138****1234');
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone(null)).toBe('');
  });
});

describe('detectIntent', () => {
  it.each([
    ['本周哪些客户有流失风险', 'churn'],
    ['这周流失预警名单', 'churn'],
    ['who is at churn risk this week', 'churn'],
    ['Who is at risk?', 'churn'],
    ['客户分层情况', 'segments'],
    ['help', 'help'],
    ['你好', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(detectIntent(text).kind).toBe(kind);
  });
  it('extracts the query of a lookup', () => {
    expect(detectIntent('查一下 张伟')).toEqual({ kind: 'find', query: '张伟' });
    expect(detectIntent('find customer C-000123')).toEqual({ kind: 'find', query: 'C-000123' });
  });
});
