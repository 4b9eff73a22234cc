import type { TemplateSection } from '../template-types';
import { options, t } from './builders';

const HAS_CHILDREN = { field: 'basic.has_children', equals: true } as const;

/**
 * 基本信息 (seed 002: 年龄性别、学历、户口所在地;老家、在本市工作时间;家庭组成:
 * 人数、成员、父母/子女是否在身边、子女数量、子女年龄、子女上学地点).
 * `marital_status` and `has_children` are not named in the outline: marital
 * status belongs to 家庭组成 and is one of the 43 portrait items, and asking
 * "有没有孩子" first lets the child questions be skipped for the childless.
 */
export const basicSection: TemplateSection = {
  key: 'basic',
  title: t('基本信息', 'Basic information'),
  fields: [
    { key: 'age', label: t('年龄', 'Age'), type: 'number', unit: t('岁', 'years'), min: 16, max: 100, integer: true, required: true,
      profileField: { target: 'birth_year', via: 'age_to_birth_year' } },
    { key: 'gender', label: t('性别', 'Gender'), type: 'single', options: options(['male', '男', 'Male'], ['female', '女', 'Female']), required: true,
      profileField: { target: 'gender' } },
    { key: 'education', label: t('学历', 'Education'), type: 'single', profileField: { target: 'attributes.education' },
      options: options(['primary', '小学及以下', 'Primary school or less'], ['junior_high', '初中', 'Junior high school'],
        ['senior_high', '高中/中专', 'Senior high or vocational school'], ['college', '大专', 'Junior college'],
        ['bachelor', '本科', "Bachelor's degree"], ['postgraduate', '硕士及以上', "Master's degree or higher"]) },
    { key: 'hukou', label: t('户口所在地', 'Household registration (hukou)'), type: 'text', max: 100, profileField: { target: 'attributes.hukou' } },
    { key: 'hometown', label: t('老家', 'Hometown'), type: 'text', max: 100, profileField: { target: 'attributes.hometown' } },
    { key: 'years_in_city', label: t('在本市工作时间', 'Years working in this city'), type: 'number', unit: t('年', 'years'), min: 0, max: 70 },
    { key: 'household_size', label: t('家庭人数', 'Household size'), type: 'number', unit: t('人', 'people'), min: 1, max: 30, integer: true },
    { key: 'household_members', label: t('家庭成员', 'Household members'), type: 'multi',
      options: options(['spouse', '配偶', 'Spouse'], ['children', '子女', 'Children'], ['parents', '父母', 'Parents'],
        ['parents_in_law', '岳父母/公婆', 'Parents-in-law'], ['siblings', '兄弟姐妹', 'Siblings'], ['others', '其他亲属', 'Other relatives']) },
    { key: 'marital_status', label: t('婚姻状况', 'Marital status'), type: 'single', profileField: { target: 'attributes.marital_status' },
      options: options(['single', '未婚', 'Single'], ['married', '已婚', 'Married'], ['divorced', '离异', 'Divorced'], ['widowed', '丧偶', 'Widowed']) },
    { key: 'parents_nearby', label: t('父母是否在身边', 'Parents live nearby'), type: 'yesno' },
    { key: 'has_children', label: t('是否有子女', 'Has children'), type: 'yesno' },
    { key: 'children_count', label: t('子女数量', 'Number of children'), type: 'number', unit: t('个', 'children'), min: 1, max: 10, integer: true, showIf: HAS_CHILDREN },
    { key: 'children_nearby', label: t('子女是否在身边', 'Children live nearby'), type: 'yesno', showIf: HAS_CHILDREN },
    { key: 'children_ages', label: t('子女年龄', "Children's ages"), type: 'text', max: 100, showIf: HAS_CHILDREN },
    { key: 'children_school', label: t('子女上学地点', 'Where the children go to school'), type: 'single', showIf: HAS_CHILDREN,
      options: options(['local', '本市', 'In this city'], ['hometown', '老家', 'In the hometown'], ['elsewhere', '其他地方', 'Elsewhere'],
        ['not_in_school', '未上学或已毕业', 'Not in school']) },
  ],
};
