// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../../../../shared/interview/index';
import { InterviewForm } from '../../../../web/src/routes/interview/interview-form';
import { memoryStore, type OfflineStore } from '../../../../web/src/offline/offline-store';
import type { OutboxItem } from '../../../../web/src/offline/offline-types';
import { setLang } from '../../../../web/src/i18n/i18n';

let store: OfflineStore;
let submitted: OutboxItem[];

beforeEach(() => {
  setLang('zh');
  store = memoryStore();
  submitted = [];
});
afterEach(cleanup);

async function renderForm(customerId = 'C-1') {
  render(<InterviewForm template={DEFAULT_INTERVIEW_TEMPLATE} customerId={customerId} customerName="张伟" store={store}
    onSubmitted={(item) => submitted.push(item)} />);
  return screen.findByRole('button', { name: '提交深访' });
}

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

test('every section of the template is rendered, with units', async () => {
  await renderForm();
  const titles = [...document.querySelectorAll('.form-section h2')].map((h) => h.textContent);
  expect(titles).toEqual(DEFAULT_INTERVIEW_TEMPLATE.sections.map((s) => s.title.zh));
  expect(document.getElementById('f-basic-age-unit')?.textContent).toBe('岁');
  expect(input(/每日行车里程/).getAttribute('aria-describedby')).toContain('f-vehicle_use-daily_km-unit');
});

test('submitting empty shows the shared validator’s errors and sends nothing', async () => {
  const submit = await renderForm();
  fireEvent.click(submit);
  const summary = await screen.findByRole('alert');
  expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['请填写「年龄」', '请填写「性别」', '请填写「是否首购」']);
  expect(input(/年龄/).getAttribute('aria-invalid')).toBe('true');
  expect(submitted).toEqual([]);
  expect(await store.listOutbox()).toEqual([]);
});

test('a range error from the validator appears under the field and clears when fixed', async () => {
  const submit = await renderForm();
  fireEvent.input(input(/年龄/), { target: { value: '12' } });
  fireEvent.click(submit);
  await screen.findByText('「年龄」不能小于16岁', { selector: '.field-error' });
  fireEvent.input(input(/年龄/), { target: { value: '35' } });
  await waitFor(() => expect(screen.queryByText('「年龄」不能小于16岁', { selector: '.field-error' })).toBeNull());
});

test('conditional fields: 增购 shows the fleet questions, 换购 swaps them for the replaced model', async () => {
  await renderForm();
  expect(screen.queryByLabelText(/汽车总量/)).toBeNull();
  fireEvent.click(screen.getByLabelText('增购'));
  expect(await screen.findByLabelText(/汽车总量/)).toBeTruthy();
  expect(screen.queryByLabelText(/替换车型/)).toBeNull();
  fireEvent.click(screen.getByLabelText('换购'));
  await waitFor(() => expect(screen.queryByLabelText(/汽车总量/)).toBeNull());
  expect(screen.getByLabelText(/替换车型/)).toBeTruthy();
  // A percent above 0 reveals the cargo questions.
  expect(screen.queryByText('货物类型')).toBeNull();
  fireEvent.input(input(/拉货比例/), { target: { value: '60' } });
  expect(await screen.findByText('货物类型')).toBeTruthy();
});

test('answers are autosaved as a draft and restored on the next visit', async () => {
  await renderForm();
  fireEvent.input(input(/年龄/), { target: { value: '41' } });
  fireEvent.click(screen.getByLabelText('女'));
  fireEvent.input(input(/拉货比例/), { target: { value: '60' } });
  await waitFor(async () => expect((await store.getDraft('C-1'))?.answers).toEqual({ basic: { age: 41, gender: 'female' }, vehicle_use: { cargo_share: 0.6 } }));
  expect(screen.getByRole('status').textContent).toContain('草稿已自动保存');
  cleanup();
  await renderForm();
  expect(input(/年龄/).value).toBe('41');
  expect(input(/拉货比例/).value).toBe('60');
  expect((screen.getByLabelText('女') as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole('status').textContent).toContain('已恢复上次的草稿');
});

test('a valid submit moves the validated answers into the outbox under one client id and removes the draft', async () => {
  const submit = await renderForm();
  fireEvent.input(input(/年龄/), { target: { value: '38' } });
  fireEvent.click(screen.getByLabelText('男'));
  fireEvent.click(screen.getByLabelText('增购'));
  fireEvent.input(await screen.findByLabelText(/汽车总量/), { target: { value: '6' } });
  fireEvent.click(screen.getByLabelText('换购'));
  fireEvent.input(await screen.findByLabelText(/替换车型/), { target: { value: '  老款面包车 ' } });
  await waitFor(async () => expect(await store.getDraft('C-1')).toBeTruthy());
  fireEvent.click(submit);
  await waitFor(() => expect(submitted).toHaveLength(1));
  const [item] = await store.listOutbox();
  expect(item.id).toBe(submitted[0].id);
  expect(item.body.id).toBe(item.id);
  expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(item.status).toBe('pending');
  // Hidden fleet_size (replacement chosen) is dropped and text trimmed by the shared validator.
  expect(item.body.answers).toEqual({ basic: { age: 38, gender: 'male' }, purchase: { purchase_type: 'replacement', replaced_model: '老款面包车' } });
  expect(item.body).toMatchObject({ customer_id: 'C-1', template_id: 'customer_interview', template_version: 1 });
  expect(await store.getDraft('C-1')).toBeUndefined();
  expect(input(/年龄/).value).toBe('');
});
