/**
 * Chinese personal names for the demo: a surname drawn by frequency, then a
 * one- or two-character given name from gendered character pools.
 */
import { pickWeighted, weightedTable } from './weighted-table';
import type { DemoGender } from './types';

/**
 * The 60 most common surnames with their approximate share of the population in
 * per mille, rounded, after the Ministry of Public Security household-register
 * ranking (《2020年全国姓名报告》: 王 李 张 刘 陈 lead with ≈ 7 %, 7 %, 6.8 %,
 * 5.4 %, 4.6 %). The tail (everyone else, ≈ 25 %) is folded into these 60 by
 * weight, which over-represents them slightly — fine for a demo.
 */
const SURNAMES = weightedTable<string>([
  ['王', 71], ['李', 70], ['张', 68], ['刘', 54], ['陈', 46], ['杨', 32], ['黄', 24], ['赵', 23],
  ['吴', 20], ['周', 20], ['徐', 17], ['孙', 15], ['马', 15], ['朱', 13], ['胡', 13], ['郭', 12],
  ['何', 12], ['林', 11], ['罗', 11], ['高', 11], ['郑', 10], ['梁', 10], ['谢', 9], ['宋', 8],
  ['唐', 8], ['许', 8], ['韩', 7], ['邓', 7], ['冯', 7], ['曹', 7], ['彭', 7], ['曾', 6],
  ['肖', 6], ['田', 6], ['董', 6], ['潘', 5], ['袁', 5], ['蔡', 5], ['蒋', 5], ['余', 5],
  ['于', 5], ['杜', 5], ['叶', 5], ['程', 5], ['魏', 5], ['苏', 4], ['吕', 4], ['丁', 4],
  ['任', 4], ['卢', 4], ['姚', 4], ['沈', 4], ['钟', 4], ['姜', 4], ['崔', 3], ['谭', 3],
  ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3],
]);

/** Characters common in given names of men born 1960–2003. */
const MALE_CHARS: readonly string[] = [
  '伟', '强', '军', '勇', '杰', '涛', '明', '磊', '斌', '超', '鹏', '刚', '平', '辉', '浩', '峰',
  '建', '国', '华', '志', '海', '林', '波', '春', '东', '亮', '飞', '宇', '俊', '龙', '文', '鑫',
  '成', '兵', '晓', '永', '德', '红', '光', '庆', '学', '胜', '祥', '松', '洪', '旭', '健', '坤',
];

/** Characters common in given names of women born 1960–2003. */
const FEMALE_CHARS: readonly string[] = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '红', '梅', '婷', '雪', '慧', '琳',
  '晶', '莉', '兰', '萍', '洁', '颖', '倩', '丹', '云', '秀', '英', '桂', '凤', '珍', '琴', '欣',
];

/**
 * A full name: surname by frequency (table above), then a given name of one
 * character (30 %) or two (70 %), characters uniform from the gendered pool;
 * a doubled second character becomes the next one in the pool (`王伟伟` is rare
 * for adults, and a fixed replacement keeps the draw count constant).
 * Example: `chineseName(rnd, 'male')` → `'刘建华'`.
 */
export function chineseName(rnd: () => number, gender: DemoGender): string {
  const pool = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  const surname = pickWeighted(SURNAMES, rnd());
  const first = pool[Math.floor(rnd() * pool.length)]!;
  if (rnd() < 0.3) return surname + first;
  let second = pool[Math.floor(rnd() * pool.length)]!;
  if (second === first) second = pool[(pool.indexOf(first) + 1) % pool.length]!;
  return surname + first + second;
}

/** The surname of a generated name (every demo surname is one character). */
export function surnameOf(name: string): string {
  return name.slice(0, 1);
}
