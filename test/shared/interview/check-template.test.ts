import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../shared/interview/check-template';
import type { InterviewTemplate } from '../../../shared/interview/template-types';

const t = (zh: string, en: string) => ({ zh, en });

/** A small good template; each test breaks one thing. */
function tiny(): InterviewTemplate {
  return {
    id: 'tiny', version: 1, title: t('小模板', 'Tiny'),
    sections: [{
      key: 'a', title: t('甲', 'A'),
      fields: [
        { key: 'kind', label: t('类型', 'Kind'), type: 'single', options: [{ value: 'x', label: t('甲类', 'X') }, { value: 'y', label: t('乙类', 'Y') }] },
        { key: 'n', label: t('数量', 'Count'), type: 'number', showIf: { field: 'a.kind', equals: 'x' } },
      ],
    }],
  };
}

describe('checkTemplate', () => {
  it('accepts a good template', () => {
    expect(checkTemplate(tiny())).toEqual([]);
  });
  it('rejects duplicate and non-ASCII keys', () => {
    const bad = tiny();
    bad.sections[0].fields.push({ key: 'n', label: t('重复', 'Dup'), type: 'text' }, { key: '年龄', label: t('年龄', 'Age'), type: 'text' });
    const problems = checkTemplate(bad).map((p) => p.problem);
    expect(problems).toContain('duplicate field key');
    expect(problems).toContain('field key is not snake_case ASCII');
  });
  it('rejects a showIf on a missing or later field, or with a value that is not an option', () => {
    const later = tiny();
    later.sections[0].fields[0].showIf = { field: 'a.n', gt: 0 };
    expect(checkTemplate(later)).toEqual([{ path: 'a.kind', problem: 'showIf refers to unknown or later field a.n' }]);
    const badValue = tiny();
    badValue.sections[0].fields[1].showIf = { field: 'a.kind', equals: 'z' };
    expect(checkTemplate(badValue)).toEqual([{ path: 'a.n', problem: 'showIf condition does not fit the target field' }]);
  });
  it('rejects duplicate options, numeric labels and options on a number field', () => {
    const bad = tiny();
    bad.sections[0].fields[0].options!.push({ value: 'x', label: t('丙类', 'Z') }, { value: 'w', label: t('3', 'Three') });
    bad.sections[0].fields[1].options = [{ value: 'q', label: t('问', 'Q') }];
    const problems = checkTemplate(bad).map((p) => p.problem);
    expect(problems).toEqual(expect.arrayContaining(['duplicate option x', 'option w label is a bare number or contains a list separator', 'options on a non-choice field']));
  });
  it('rejects tag rules that cannot match the field', () => {
    const bad = tiny();
    bad.sections[0].fields[1].tagRules = [{ when: { includes: 'x' }, tag: t('标签', 'Tag'), category: t('类', 'C'), group: t('组', 'G') }];
    expect(checkTemplate(bad)).toEqual([{ path: 'a.n', problem: 'tag rule 标签 has a condition that does not fit the field' }]);
  });
});
