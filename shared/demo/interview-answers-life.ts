/**
 * Demo answers for the 兴趣爱好 and 媒介习惯 sections: small-business owners
 * who work long days, unwind over tea and cards, drive with traffic radio on
 * and live on WeChat and Douyin.
 */
import { pickByWeight, someOf } from './draw';
import type { CuratedAnswer } from './interview-answers-people';

const PROVINCE_TV: Readonly<Record<string, string>> = {
  四川省: '四川卫视', 重庆市: '重庆卫视', 贵州省: '贵州卫视', 云南省: '云南卫视', 陕西省: '陕西卫视', 湖北省: '湖北卫视',
  甘肃省: '甘肃卫视', 广东省: '广东卫视',
};

export const LIFE_ANSWERS: Readonly<Record<string, CuratedAnswer>> = {
  'interests.free_hours_per_day': (d) => d.int(2, 8) / 2,
  'interests.free_days_per_week': (d) => pickByWeight(d, [[0.5, 3], [1, 5], [1.5, 1], [2, 1]]),
  'interests.time_allocation': (d) => d.pick(['陪家人吃饭，晚上刷刷抖音', '和朋友喝茶打牌', '在家休息看电视', '周末带孩子上兴趣班', '基本都在店里，闲下来看看手机']),
  'interests.hobby_types': (d) => someOf(d, ['tea_chat', 'cards_chess', 'fishing', 'tv_video', 'family_time', 'sports', 'mobile_games', 'travel'], 1, 3),
  'interests.hobby_place': (d) => d.pick(['家附近的茶馆', '河边水库', '小区健身房', '家里', '朋友店里']),
  'interests.hobby_frequency': (d) => pickByWeight(d, [['daily', 2], ['few_weekly', 4], ['weekly', 3], ['monthly', 2], ['rarely', 1]]),
  'interests.self_drive': (d) => d.chance(0.35),
  'interests.self_drive_with_family': (d) => d.chance(0.8),
  'interests.self_drive_party_size': (d) => d.int(2, 6),
  'interests.self_drive_trips_per_year': (d) => d.int(1, 6),
  'interests.self_drive_days': (d) => d.int(2, 10) / 2,

  'media.watches_tv': (d) => d.chance(0.6),
  'media.tv_channels': (d, p) => (d.chance(0.7) ? `央视新闻、${PROVINCE_TV[p.customer.region] ?? '地方卫视'}` : undefined),
  'media.tv_programmes': (d) => someOf(d, ['news', 'drama', 'sports', 'legal', 'finance', 'variety'], 1, 2),
  'media.tv_time': (d) => (d.chance(0.85) ? ['evening'] : ['noon', 'evening']),
  'media.outdoor_places': (d) => someOf(d, ['roadside', 'station', 'market'], 1, 2),
  'media.outdoor_formats': (d) => someOf(d, ['billboard', 'vehicle_body', 'led_screen', 'banner'], 1, 2),
  'media.outdoor_content': (d) => (d.chance(0.35) ? d.pick(['高速边上的卡车广告牌', '加油站里的轮胎广告', '物流园门口的货车贷款广告']) : undefined),
  'media.listens_radio': (d) => d.chance(0.55),
  'media.radio_stations': (_d, p) => `${p.cityShort}交通广播`,
  'media.radio_programmes': (d) => someOf(d, ['traffic', 'music', 'storytelling', 'news'], 1, 2),
  'media.radio_time': (d) => someOf(d, ['daytime_driving', 'morning_rush', 'evening_rush'], 1, 2),
  'media.press_subscription': (d) => d.chance(0.08),
  'media.press_titles': (d, p) => (d.chance(0.1) ? `${p.cityShort}日报` : undefined),
  'media.internet_purposes': (d) => someOf(d, ['social', 'video', 'business', 'navigation', 'news', 'shopping'], 2, 4),
  'media.internet_sites': (d) => d.pick(['抖音、快手', '抖音、卡车之家', '微信公众号、懂车帝', '快手、拼多多', '今日头条、抖音']),
  'media.online_hours': (d) => d.int(2, 10) / 2,
  'media.email_often': (d) => d.chance(0.15),
  'media.mobile_internet': (d) => d.chance(0.97),
  'media.mobile_data_gb': (d) => pickByWeight(d, [[10, 2], [20, 3], [30, 3], [40, 2], [60, 1], [100, 1]]),
  'media.mobile_purposes': (d) => someOf(d, ['social', 'video', 'business', 'navigation', 'shopping'], 2, 4),
  'media.weibo_use': (d) => pickByWeight(d, [['never', 50], ['rarely', 30], ['weekly', 12], ['daily', 8]]),
  'media.wechat_use': (d) => (d.chance(0.95) ? 'daily' : 'weekly'),
};
