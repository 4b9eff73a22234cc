import type { TemplateSection } from '../template-types';
import { options, t, tagRule, TAG_PLACES } from './builders';

const SELF_DRIVE = { field: 'interests.self_drive', equals: true } as const;

/**
 * 兴趣爱好 (seed 002: 生活形态:每天/周的闲暇时间、时间分配;业余爱好:活动类型、
 * 活动地点、活动频次;自驾游:有无自驾游情况、是否和家人一起、出行人数、自驾游频次/时长).
 */
export const interestsSection: TemplateSection = {
  key: 'interests',
  title: t('兴趣爱好', 'Interests'),
  fields: [
    { key: 'free_hours_per_day', label: t('每天闲暇时间', 'Free time per day'), type: 'number', unit: t('小时', 'hours'), min: 0, max: 24 },
    { key: 'free_days_per_week', label: t('每周休息天数', 'Days off per week'), type: 'number', unit: t('天', 'days'), min: 0, max: 7 },
    { key: 'time_allocation', label: t('闲暇时间怎么安排', 'How free time is spent'), type: 'text', max: 300 },
    { key: 'hobby_types', label: t('业余爱好', 'Hobbies'), type: 'multi',
      tagRules: [
        tagRule(TAG_PLACES.leisure, { includes: 'fishing' }, '钓鱼爱好者', 'Angler'),
        tagRule(TAG_PLACES.leisure, { includes: 'sports' }, '运动爱好者', 'Sports lover'),
      ],
      options: options(['sports', '运动健身', 'Sports and fitness'], ['fishing', '钓鱼', 'Fishing'], ['travel', '旅游', 'Travel'],
        ['reading', '读书看报', 'Reading'], ['cards_chess', '打牌下棋', 'Cards and chess'], ['mobile_games', '手机游戏', 'Mobile games'],
        ['tea_chat', '喝茶聊天', 'Tea and chatting'], ['singing', '唱歌', 'Karaoke'], ['tv_video', '看电视/视频', 'TV and videos'],
        ['family_time', '陪伴家人', 'Time with family'], ['other', '其他', 'Other']) },
    { key: 'hobby_place', label: t('活动地点', 'Where'), type: 'text', max: 100 },
    { key: 'hobby_frequency', label: t('活动频次', 'How often'), type: 'single',
      options: options(['daily', '几乎每天', 'Almost every day'], ['few_weekly', '每周几次', 'A few times a week'],
        ['weekly', '每周一次', 'Once a week'], ['monthly', '每月几次', 'A few times a month'], ['rarely', '偶尔', 'Rarely']) },
    { key: 'self_drive', label: t('有无自驾游', 'Goes on self-drive trips'), type: 'yesno',
      tagRules: [tagRule(TAG_PLACES.travel, { equals: true }, '自驾游爱好者', 'Self-drive traveller')] },
    { key: 'self_drive_with_family', label: t('是否和家人一起', 'Travels with family'), type: 'yesno', showIf: SELF_DRIVE,
      tagRules: [tagRule(TAG_PLACES.travel, { equals: true }, '家庭自驾出游', 'Family road trips')] },
    { key: 'self_drive_party_size', label: t('出行人数', 'Party size'), type: 'number', unit: t('人', 'people'), min: 1, max: 60, integer: true, showIf: SELF_DRIVE },
    { key: 'self_drive_trips_per_year', label: t('自驾游频次', 'Trips per year'), type: 'number', unit: t('次/年', 'trips a year'), min: 0, max: 365, showIf: SELF_DRIVE },
    { key: 'self_drive_days', label: t('每次自驾游时长', 'Days per trip'), type: 'number', unit: t('天', 'days'), min: 0.5, max: 90, showIf: SELF_DRIVE },
  ],
};
