import type { TemplateSection } from '../template-types';
import { options, t, tagRule, TAG_PLACES } from './builders';

const WATCHES_TV = { field: 'media.watches_tv', equals: true } as const;
const LISTENS_RADIO = { field: 'media.listens_radio', equals: true } as const;
const MOBILE_INTERNET = { field: 'media.mobile_internet', equals: true } as const;

const ONLINE_PURPOSES = options(['news', '看新闻', 'News'], ['social', '聊天社交', 'Chatting and social media'], ['shopping', '网购', 'Online shopping'],
  ['video', '看视频', 'Videos'], ['business', '生意和工作', 'Business and work'], ['games', '游戏', 'Games'],
  ['information', '查资料', 'Looking things up'], ['navigation', '导航', 'Navigation'], ['other', '其他', 'Other']);
const USE_FREQUENCY = options(['daily', '每天用', 'Every day'], ['weekly', '每周用几次', 'A few times a week'],
  ['rarely', '偶尔用', 'Occasionally'], ['never', '不用', 'Never']);

/**
 * 媒介习惯 (seed 002: 电视、户外、广播、报纸/杂志、互联网、手机 — incl. 每月手机上网流量、
 * 微博使用情况、微信使用情况). "Do you watch TV / listen to the radio" gates the
 * detail questions so a rep does not ask about channels of someone who never watches.
 */
export const mediaSection: TemplateSection = {
  key: 'media',
  title: t('媒介习惯', 'Media habits'),
  fields: [
    { key: 'watches_tv', label: t('是否看电视', 'Watches TV'), type: 'yesno' },
    { key: 'tv_channels', label: t('常看的电视台', 'TV channels watched'), type: 'text', max: 200, showIf: WATCHES_TV },
    { key: 'tv_programmes', label: t('喜欢的电视节目', 'Favourite TV programmes'), type: 'multi', showIf: WATCHES_TV,
      options: options(['news', '新闻', 'News'], ['drama', '电视剧', 'Drama series'], ['variety', '综艺', 'Variety shows'], ['sports', '体育', 'Sports'],
        ['finance', '财经', 'Business and finance'], ['legal', '法制', 'Law and order'], ['documentary', '纪录片', 'Documentaries'], ['other', '其他', 'Other']) },
    { key: 'tv_time', label: t('看电视时段', 'When they watch'), type: 'multi', showIf: WATCHES_TV,
      options: options(['morning', '早上', 'Morning'], ['noon', '中午', 'Midday'], ['evening', '晚上', 'Evening'], ['late_night', '深夜', 'Late night']) },
    { key: 'outdoor_places', label: t('常见户外广告的场所', 'Where they see outdoor ads'), type: 'multi',
      options: options(['roadside', '道路及高速沿线', 'Roads and highways'], ['market', '市场和商圈', 'Markets and business districts'],
        ['station', '车站和加油站', 'Stations and petrol stations'], ['building', '楼宇和电梯', 'Buildings and lifts'], ['other', '其他', 'Other']) },
    { key: 'outdoor_formats', label: t('户外广告形式', 'Outdoor ad formats'), type: 'multi',
      options: options(['billboard', '大型广告牌', 'Billboards'], ['banner', '横幅海报', 'Banners and posters'], ['led_screen', 'LED屏', 'LED screens'],
        ['vehicle_body', '车身广告', 'Vehicle wraps'], ['other', '其他', 'Other']) },
    { key: 'outdoor_content', label: t('印象深的户外广告内容', 'Outdoor ads they remember'), type: 'text', max: 200 },
    { key: 'listens_radio', label: t('是否听广播', 'Listens to the radio'), type: 'yesno',
      tagRules: [tagRule(TAG_PLACES.traditionalMedia, { equals: true }, '广播听众', 'Radio listener')] },
    { key: 'radio_stations', label: t('常听的电台', 'Stations'), type: 'text', max: 200, showIf: LISTENS_RADIO },
    { key: 'radio_programmes', label: t('喜欢的广播节目', 'Favourite radio programmes'), type: 'multi', showIf: LISTENS_RADIO,
      options: options(['traffic', '交通路况', 'Traffic'], ['news', '新闻', 'News'], ['music', '音乐', 'Music'], ['storytelling', '评书相声', 'Storytelling and comedy'],
        ['finance', '财经', 'Business and finance'], ['other', '其他', 'Other']) },
    { key: 'radio_time', label: t('收听时段', 'When they listen'), short: t('听广播', 'Radio'), type: 'multi', showIf: LISTENS_RADIO,
      options: options(['morning_rush', '早高峰', 'Morning rush hour'], ['daytime_driving', '白天开车时', 'While driving in the day'],
        ['evening_rush', '晚高峰', 'Evening rush hour'], ['night', '夜间', 'At night']) },
    { key: 'press_subscription', label: t('是否订阅报纸杂志', 'Subscribes to newspapers or magazines'), type: 'yesno' },
    { key: 'press_titles', label: t('常看的报纸杂志', 'Newspapers and magazines read'), type: 'text', max: 200 },
    { key: 'internet_purposes', label: t('上网目的', 'Why they go online'), type: 'multi', options: ONLINE_PURPOSES },
    { key: 'internet_sites', label: t('常上的网站及内容', 'Websites and content'), type: 'text', max: 200 },
    { key: 'online_hours', label: t('每天上网时长', 'Time online per day'), type: 'number', unit: t('小时', 'hours'), min: 0, max: 24 },
    { key: 'email_often', label: t('是否经常收发电邮', 'Uses e-mail often'), type: 'yesno' },
    { key: 'mobile_internet', label: t('是否用手机上网', 'Uses mobile internet'), type: 'yesno' },
    { key: 'mobile_data_gb', label: t('每月手机上网流量', 'Mobile data per month'), short: t('手机流量', 'Mobile data'), type: 'number',
      unit: t('GB/月', 'GB a month'), min: 0, max: 10000, showIf: MOBILE_INTERNET,
      tagRules: [tagRule(TAG_PLACES.mobileInternet, { gte: 30 }, '手机重度用户', 'Heavy mobile user')] },
    { key: 'mobile_purposes', label: t('手机上网目的', 'What they use mobile internet for'), type: 'multi', options: ONLINE_PURPOSES, showIf: MOBILE_INTERNET },
    { key: 'weibo_use', label: t('微博使用情况', 'Weibo use'), short: t('微博', 'Weibo'), type: 'single', options: USE_FREQUENCY,
      tagRules: [tagRule(TAG_PLACES.socialMedia, { equals: 'daily' }, '微博活跃', 'Active on Weibo')] },
    { key: 'wechat_use', label: t('微信使用情况', 'WeChat use'), short: t('微信', 'WeChat'), type: 'single', options: USE_FREQUENCY,
      tagRules: [tagRule(TAG_PLACES.socialMedia, { equals: 'daily' }, '微信活跃', 'Active on WeChat')] },
  ],
};
