// Webhooks (#/webhooks, admins only): the subscriptions with their pending and failed
// deliveries; a form to create one (the secret the API answers is shown once) or edit one
// (PUT with If-Match; an empty secret keeps the current one); delete after a confirmation;
// and per subscription the delivery log, newest first, each delivery's body and attempts,
// and "Gửi lại".
import { buttonPager } from '../../components/pager';
import { h } from '../../dom/h';
import { formatDateTime, formatNumber } from '../../format';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field, fieldset, select, textInput } from '../components/field';
import { adminOnly } from '../components/admin-only';
import type { AdminContext } from '../context';
import { ApiProblem, problemMessage } from '../problem';
import type { WebhookDeliveryResponse, WebhookDeliveryState, WebhookResponse } from '../types';
import { attemptOutcome, deliveryStateLabel, webhookEventLabel, webhookEvents, webhookRequest, type WebhookEvent } from '../webhooks';

export async function webhooksPage(context: AdminContext): Promise<HTMLElement> {
  const { api } = context;
  const refused = adminOnly(context, 'Webhook', 'webhook');
  if (refused) return refused;
  // Where the secret of a new subscription is shown (once), the create/edit form and a delivery log go.
  const [secretSlot, formSlot, logSlot] = [h('div', { class: 'secret-slot' }), h('div'), h('div')];
  const messages = messageArea();
  const rows = h('tbody');

  async function refresh(notice?: string): Promise<void> {
    const hooks = await api.webhooks();
    rows.replaceChildren(...hooks.map((hook) => h('tr', { 'data-webhook': hook.id },
      h('td', null, h('code', null, hook.url), hook.description ? h('p', { class: 'hint' }, hook.description) : null),
      h('td', null, hook.events.map((e) => webhookEventLabel[e] ?? e).join('; ')),
      h('td', null, hook.isActive ? 'Đang bật' : 'Tạm dừng'),
      h('td', { class: 'number' }, formatNumber(hook.pending)),
      h('td', { class: 'number' }, formatNumber(hook.failed)),
      h('td', { class: 'row-tools' },
        h('button', { type: 'button', onclick: () => void showLog(hook) }, 'Nhật ký gửi'),
        h('button', { type: 'button', onclick: () => void edit(hook.id) }, 'Sửa'),
        h('button', { type: 'button', class: 'danger', onclick: () => void remove(hook) }, 'Xoá')))));
    if (!hooks.length) rows.replaceChildren(h('tr', null, h('td', { colspan: 6 }, 'Chưa có webhook nào.')));
    if (notice) messages.success(notice);
  }

  async function edit(id: number): Promise<void> {
    messages.clear();
    try {
      // The list carries no versions: the ETag comes from reading the subscription now.
      const current = await api.webhook(id);
      formSlot.replaceChildren(webhookForm(current.value, current.etag));
      formSlot.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      messages.error(problemMessage(error, 'Webhook'));
    }
  }

  async function remove(hook: WebhookResponse): Promise<void> {
    if (!window.confirm(`Xoá webhook ${hook.url}? Các lần gửi đang chờ và nhật ký của nó cũng bị xoá.`)) return;
    messages.clear();
    try {
      const current = await api.webhook(hook.id);
      await api.deleteWebhook(hook.id, current.etag);
      logSlot.replaceChildren();
      formSlot.replaceChildren(webhookForm(null, null));
      await refresh('Đã xoá webhook.');
    } catch (error) {
      messages.error(problemMessage(error, 'Webhook'));
    }
  }

  function webhookForm(editing: WebhookResponse | null, etag: string | null): HTMLElement {
    const url = textInput(editing?.url, { type: 'url', inputmode: 'url', placeholder: 'https://…' });
    const boxes = webhookEvents.map((event) => h('input', { type: 'checkbox', value: event, checked: editing ? editing.events.includes(event) : true }));
    const secret = h('input', { type: 'password', autocomplete: 'off', minlength: 16, maxlength: 200 });
    const description = textInput(editing?.description, { maxlength: 500 });
    const active = h('input', { type: 'checkbox', checked: editing?.isActive ?? true });
    const form = h('form', { class: 'webhook-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      void save();
    } },
      h('h2', null, editing ? `Sửa webhook #${editing.id}` : 'Thêm webhook'),
      field(url, { key: 'url', label: 'Địa chỉ nhận (URL)', hint: 'Mỗi sự kiện được gửi bằng POST tới địa chỉ này, kèm chữ ký HMAC.' }),
      h('div', { class: 'field', 'data-field': 'events' },
        fieldset('Sự kiện', boxes.map((box) => h('label', { class: 'event-choice' }, box, ` ${webhookEventLabel[box.value as WebhookEvent]} `, h('code', null, box.value)))),
        h('p', { class: 'field-error', hidden: true, role: 'alert' })),
      field(secret, { key: 'secret', label: 'Khoá bí mật (secret)', hint: editing
        ? 'Để trống: giữ khoá hiện tại. Nhập 16–200 ký tự để thay khoá mới.'
        : 'Để trống: máy chủ tự tạo và chỉ hiện một lần sau khi thêm. Hoặc nhập 16–200 ký tự.' }),
      field(description, { key: 'description', label: 'Ghi chú' }),
      h('div', { class: 'field', 'data-field': 'isActive' }, h('label', null, active, ' Đang bật (bỏ chọn để tạm dừng gửi)'), h('p', { class: 'field-error', hidden: true })),
      h('button', { type: 'submit', class: 'primary' }, editing ? 'Lưu' : 'Thêm webhook'),
      editing ? h('button', { type: 'button', onclick: () => formSlot.replaceChildren(webhookForm(null, null)) }, 'Huỷ') : null);

    async function save(): Promise<void> {
      clearFieldErrors(form);
      messages.clear();
      secretSlot.replaceChildren();
      const request = webhookRequest({
        url: url.value, events: boxes.filter((b) => b.checked).map((b) => b.value), secret: secret.value, description: description.value, isActive: active.checked,
      });
      try {
        if (editing) {
          await api.updateWebhook(editing.id, request, etag!);
          formSlot.replaceChildren(webhookForm(null, null));
          await refresh('Đã lưu webhook.');
          return;
        }
        const created = await api.createWebhook(request);
        form.reset();
        await refresh('Đã thêm webhook.');
        if (created.secret) showSecret(created);
      } catch (error) {
        const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
        messages.error(problemMessage(error, 'Webhook'), unclaimed);
      }
    }
    return form;
  }

  function showSecret(created: WebhookResponse): void {
    secretSlot.replaceChildren(h('div', { class: 'secret-once', role: 'alert' },
      h('p', null, h('strong', null, `Khoá bí mật của webhook #${created.id}: hãy lưu lại ngay, sẽ không hiện lại.`)),
      h('p', null, 'Bên nhận dùng khoá này để kiểm tra chữ ký X-Cms-Signature của mỗi lần gửi.'),
      h('code', { class: 'secret-value' }, created.secret!), ' ',
      h('button', { type: 'button', onclick: () => void navigator.clipboard?.writeText(created.secret!) }, 'Sao chép'), ' ',
      h('button', { type: 'button', onclick: () => secretSlot.replaceChildren() }, 'Tôi đã lưu, ẩn đi')));
  }

  async function showLog(hook: WebhookResponse): Promise<void> {
    messages.clear();
    logSlot.replaceChildren(deliveryLog(context, hook));
    logSlot.scrollIntoView({ block: 'nearest' });
  }

  await refresh();
  formSlot.replaceChildren(webhookForm(null, null));
  return h('div', { class: 'webhooks-page' },
    h('h1', null, 'Webhook'),
    h('p', { class: 'hint' }, 'Báo cho hệ thống khác (trang tĩnh cần dựng lại, CDN cần xoá bộ nhớ đệm, ứng dụng) mỗi khi nội dung công khai thay đổi.'),
    messages.element,
    secretSlot,
    h('table', { class: 'content-table webhook-table' },
      h('thead', null, h('tr', null, ['Địa chỉ nhận', 'Sự kiện', 'Trạng thái', 'Đang chờ', 'Thất bại', ''].map((t) => h('th', { scope: 'col' }, t)))),
      rows),
    logSlot,
    formSlot);
}

/** One subscription's delivery log: a state filter, pages, and a delivery's detail with "Gửi lại". */
function deliveryLog(context: AdminContext, hook: WebhookResponse): HTMLElement {
  const { api } = context;
  const state = select([{ value: '', label: 'Mọi trạng thái' }, ...Object.entries(deliveryStateLabel).map(([value, label]) => ({ value, label }))], '', { name: 'state' });
  const list = h('div', { class: 'delivery-list' }, h('p', { class: 'loading' }, 'Đang tải…'));
  const detail = h('div', { class: 'delivery-detail' });
  let page = 1;

  async function load(to = page): Promise<void> {
    page = to;
    try {
      const deliveries = await api.deliveries(hook.id, { state: state.value as WebhookDeliveryState | '', page });
      list.replaceChildren(
        h('p', { class: 'count', role: 'status' }, deliveries.totalItems ? `${deliveries.totalItems} lần gửi · trang ${deliveries.page}/${deliveries.totalPages}` : 'Chưa có lần gửi nào.'),
        deliveries.items.length ? deliveryTable(deliveries.items) : '',
        buttonPager(deliveries.page, deliveries.totalPages, (n) => void load(n), 'Trang nhật ký gửi') ?? '');
    } catch (error) {
      list.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, problemMessage(error)));
    }
  }

  function deliveryTable(items: readonly WebhookDeliveryResponse[]): HTMLElement {
    return h('table', { class: 'content-table delivery-table' },
      h('thead', null, h('tr', null, ['Thời điểm', 'Sự kiện', 'Mục', 'Trạng thái', 'Số lần thử', 'Kết quả lần cuối', 'Lần thử tới', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, items.map((d) => h('tr', { 'data-delivery': d.id },
        h('td', null, formatDateTime(d.createdAt) ?? '—'),
        h('td', null, h('code', null, d.event)),
        h('td', null, `#${d.contentId}`),
        h('td', null, h('span', { class: `status delivery-${d.state}` }, deliveryStateLabel[d.state])),
        h('td', { class: 'number' }, String(d.attempts)),
        h('td', null, attemptOutcome(d.lastStatusCode, d.lastError)),
        h('td', null, formatDateTime(d.nextAttemptAt) ?? '—'),
        h('td', null, h('button', { type: 'button', onclick: () => void open(d.id) }, 'Chi tiết'))))));
  }

  async function open(deliveryId: number, retry = false): Promise<void> {
    try {
      const found = retry ? await api.retryDelivery(hook.id, deliveryId) : await api.delivery(hook.id, deliveryId);
      const d = found.delivery;
      detail.replaceChildren(
        h('h3', null, `Lần gửi #${d.id}: ${d.event} · ${deliveryStateLabel[d.state]}`),
        retry ? h('p', { class: 'notice success', role: 'status' }, 'Đã xếp lịch gửi lại ngay.') : '',
        h('p', { class: 'hint' }, `Mã sự kiện (Idempotency-Key): ${d.eventId}`),
        h('h4', null, 'Nội dung gửi đi'),
        h('pre', { class: 'payload' }, JSON.stringify(found.payload, null, 2)),
        h('h4', null, 'Các lần thử'),
        found.log.length
          ? h('table', { class: 'content-table attempts-table' },
              h('thead', null, h('tr', null, ['Thời điểm', 'Kết quả', 'Thời gian'].map((t) => h('th', { scope: 'col' }, t)))),
              h('tbody', null, found.log.map((a) => h('tr', null,
                h('td', null, formatDateTime(a.attemptedAt) ?? '—'),
                h('td', null, attemptOutcome(a.statusCode, a.error)),
                h('td', { class: 'number' }, `${formatNumber(a.durationMs)} ms`)))))
          : h('p', null, 'Chưa thử lần nào.'),
        h('button', { type: 'button', class: 'primary retry', onclick: () => void open(d.id, true).then(() => load()) }, 'Gửi lại'));
    } catch (error) {
      detail.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, problemMessage(error)));
    }
  }

  state.addEventListener('change', () => void load(1));
  void load(1);
  return h('section', { class: 'delivery-log', 'aria-label': 'Nhật ký gửi' },
    h('h2', null, `Nhật ký gửi: ${hook.url}`),
    h('label', null, 'Trạng thái ', state),
    list,
    detail);
}
