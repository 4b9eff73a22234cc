/**
 * Free-text notes a salesperson or field rep writes after a call or a visit
 * (跟进记录), in the words a Chinese sales team uses, matched to the customer's
 * story so the portrait card reads true.
 */
import type { Draw } from './draw';
import type { DemoCohort } from './types';

/** `{model}` is replaced by the vehicle the customer bought or is considering. */
const NOTE_TEXTS: Readonly<Record<DemoCohort, readonly string[]>> = {
  steady: [
    '客户对上次保养挺满意，约了下个月来做大保养。',
    '老板说今年生意还行，车况良好，暂时没有换车打算。',
    '提醒客户{model}年检快到期了，已约好周四上午来店。',
    '回访：客户反馈{model}油耗正常，就是货箱篷布有点旧了，下次到店推荐更换。',
    '客户问能不能办保养套餐，已发了价格表，等他回复。',
  ],
  drifting: [
    '客户反映上次维修等了两天，有点不满意，说附近修理厂便宜些。',
    '电话没人接，微信回复说最近生意淡，车跑得少，保养先缓缓。',
    '客户说打算把车卖了，年后再说，需要持续跟进。',
    '听说他们最近在别家做保养，价格差一百多块，下周上门拜访一下。',
    '连续两次回访都说忙，语气比较冷淡，建议发个保养优惠券试试。',
  ],
  growing: [
    '客户今年接了新的配送线路，计划再添一台{model}，让我们出个报价。',
    '老板问两台一起买能不能多给点优惠，还想了解一下金融方案。',
    '车队在扩，对纯电轻卡有兴趣，问了充电桩和城区路权政策。',
    '客户说现在的{model}用着顺手，下一台还想要同款，月底前定下来。',
  ],
  one_timer: [
    '提车后一直没回店保养，电话回访说离得远，在老家修理厂做。',
    '客户只来买过一次配件，留了电话，说有需要再联系。',
    '回访：客户说车没什么问题，暂时不需要服务，态度还可以。',
  ],
  prospect: [
    '在网上留的资料，对{model}感兴趣，约了周末来店看车。',
    '试驾后觉得动力可以，但对价格还在犹豫，在和别家比。',
    '客户想要首付低一点的方案，已经把金融政策发过去了。',
    '电话沟通：目前开的是二手车，明年初可能换车，先加了微信保持联系。',
    '客户问{model}进城有没有限行，已说明本地货车通行证政策，等他考虑。',
  ],
};

/** Share of customers of each cohort that carry a note: the ones sales talk about most. */
export const NOTE_CHANCE: Readonly<Record<DemoCohort, number>> = {
  steady: 0.02,
  drifting: 0.08,
  growing: 0.08,
  one_timer: 0.02,
  prospect: 0.05,
};

/**
 * A note text for a customer of `cohort` about `model`: a uniform choice from
 * that cohort's phrases, `{model}` filled in.
 * Example: `noteText(draw, 'growing', '轻卡 K5 4.2米 厢式')` → `'客户今年接了新的配送线路，计划再添一台轻卡 K5 4.2米 厢式，…'`.
 */
export function noteText(draw: Draw, cohort: DemoCohort, model: string): string {
  return draw.pick(NOTE_TEXTS[cohort]).replace('{model}', model);
}
