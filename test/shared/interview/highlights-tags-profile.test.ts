import { describe, expect, it } from 'vitest';
import { answerTags } from '../../../shared/interview/answer-tags';
import { DEFAULT_INTERVIEW_TEMPLATE as T } from '../../../shared/interview/default-template/index';
import { interviewHighlights } from '../../../shared/interview/interview-highlights';
import { profileUpdates } from '../../../shared/interview/profile-updates';

const answers = {
  basic: { age: 35, gender: 'male', education: 'college', hometown: '河南周口' },
  interests: { self_drive: true, self_drive_with_family: true },
  media: { wechat_use: 'daily', weibo_use: 'never', mobile_internet: true, mobile_data_gb: 20 },
  purchase: { purchase_type: 'additional', fleet_size: 3, purchase_reasons: ['business_growth'], decisive_factors: ['price', 'fuel_economy'] },
  vehicle_use: { cargo_share: 0.6, passenger_share: 0.4, cargo_types: ['goods', 'tools'], daily_km: 150, route_scope: 'urban' },
};

describe('interviewHighlights', () => {
  it('writes one line each for vehicle use, media habits and purchase reasons', () => {
    expect(interviewHighlights(T, answers)).toEqual([
      { zh: '车辆用途：拉货 60%，载人 40%，货物 商品、工具设备，每日里程 150公里，行驶范围 市区',
        en: 'Vehicle use — Cargo: 60%; Passengers: 40%; Cargo type: Goods, Tools and equipment; Daily mileage: 150 km; Area: Within the city' },
      { zh: '媒介习惯：微信 每天用，微博 不用，手机流量 20GB/月', en: 'Media habits — WeChat: Every day; Weibo: Never; Mobile data: 20 GB a month' },
      { zh: '购车原因：购车类型 增购，原因 业务扩大，看重 价格、油耗',
        en: 'Why they bought — Purchase type: Additional vehicle; Reasons: Business growth; Decisive factors: Price, Fuel economy' },
    ]);
  });
  it('skips unanswered and hidden fields, and gives nothing for an empty interview', () => {
    expect(interviewHighlights(T, {})).toEqual([]);
    // mobile_data_gb is hidden when mobile_internet is false.
    expect(interviewHighlights(T, { media: { mobile_internet: false, mobile_data_gb: 20 } })).toEqual([]);
  });
});

describe('answerTags', () => {
  it('applies the template tag rules with the answer as the reason', () => {
    const tags = answerTags(T, answers);
    expect(tags.map((x) => x.tag.zh)).toEqual(['自驾游爱好者', '家庭自驾出游', '微信活跃', '增购客户', '价格敏感', '货运为主']);
    expect(tags.find((x) => x.tag.zh === '货运为主')).toEqual({
      tag: { zh: '货运为主', en: 'Mainly carries cargo' }, category: { zh: '车辆用途', en: 'Vehicle use' },
      group: { zh: '用车场景', en: 'How the vehicle is used' }, path: 'vehicle_use.cargo_share',
      reason: { zh: '深访:拉货 60%', en: 'Interview answer — Cargo: 60%' },
    });
  });
  it('uses inclusive thresholds: cargo 50 % is 货运为主, 49 % is not', () => {
    expect(answerTags(T, { vehicle_use: { cargo_share: 0.5 } }).map((x) => x.tag.zh)).toEqual(['货运为主']);
    expect(answerTags(T, { vehicle_use: { cargo_share: 0.49 } })).toEqual([]);
    expect(answerTags(T, { interests: { self_drive: false } })).toEqual([]);
  });
});

describe('profileUpdates', () => {
  it('turns age into a birth year via the interview date and maps attributes', () => {
    // 2026 − 35 = 1991
    expect(profileUpdates(T, answers, '2026-11-24')).toEqual({
      profile: { birth_year: 1991, gender: 'male' },
      attributes: { education: 'college', hometown: '河南周口' },
    });
    expect(profileUpdates(T, { basic: { age: 60 } }, '2025-01-01').profile).toEqual({ birth_year: 1965 });
    expect(profileUpdates(T, {}, '2025-01-01')).toEqual({ profile: {}, attributes: {} });
    expect(() => profileUpdates(T, answers, '2025-02-30')).toThrow(RangeError);
  });
});
