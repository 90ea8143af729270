// "Giao lưu trực tuyến" under an interview (editors): the session's times, the moderation
// queue (new questions appear as they come: the panel asks every few seconds while it is on
// screen), and, for each question, correct, approve, reject, merge into a duplicate, or answer:
// the question and its answer are then published as the interview's next exchange.
import { h } from '../../dom/h';
import type { AdminApi } from '../api';
import { messageArea } from '../components/errors';
import { fieldset } from '../components/field';
import { isoToPortalClock, isoToPortalLocal, portalLocalToIso } from '../portal-time';
import { problemMessage } from '../problem';
import type { LiveQuestionItem, LiveSessionStatus } from '../types';

const POLL_MS = 5_000;

const STATE_LABEL: Record<string, string> = {
  upcoming: 'Sắp diễn ra',
  open: 'Đang diễn ra',
  closed: 'Đã kết thúc',
};

const QUESTION_LABEL: Record<string, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  merged: 'Đã gộp',
  rejected: 'Đã từ chối',
  answered: 'Đã trả lời',
};

export function liveQaPanel(api: AdminApi, interviewId: number): HTMLElement {
  const messages = messageArea();
  const status = h('p', { class: 'live-qa-session-state' }, 'Đang tải…');
  const opens = h('input', { type: 'datetime-local', id: 'live-qa-opens', required: true });
  const closes = h('input', { type: 'datetime-local', id: 'live-qa-closes', required: true });
  const sessionForm = h('form', { class: 'live-qa-session', novalidate: true, onsubmit: (event: Event) => {
    event.preventDefault();
    event.stopPropagation(); // not the item's own form
    void saveSession(portalLocalToIso(opens.value), portalLocalToIso(closes.value));
  } },
    h('label', { for: 'live-qa-opens' }, 'Bắt đầu'), opens,
    h('label', { for: 'live-qa-closes' }, 'Kết thúc'), closes,
    h('button', { type: 'submit', class: 'primary' }, 'Lưu lịch giao lưu'),
    h('button', { type: 'button', class: 'live-qa-close', onclick: () => void saveSession(portalLocalToIso(opens.value), new Date().toISOString()) }, 'Kết thúc ngay'));
  const list = h('ol', { class: 'live-qa-queue', 'aria-label': 'Câu hỏi của bạn đọc' });
  const showDone = h('input', { type: 'checkbox', id: 'live-qa-all' });
  const panel = fieldset('Giao lưu trực tuyến', messages.element, status, sessionForm,
    h('h3', null, 'Câu hỏi của bạn đọc'),
    h('label', { class: 'live-qa-filter' }, showDone, ' Hiện cả câu hỏi đã trả lời, đã gộp, đã từ chối'),
    list);
  panel.classList.add('live-qa-panel');
  const rows = new Map<number, { element: HTMLElement; state: HTMLElement }>();
  let questions: LiveQuestionItem[] = [];

  function showSession(session: LiveSessionStatus): void {
    status.textContent = session.state
      ? `${STATE_LABEL[session.state]}: ${isoToPortalLocal(session.opensAt).replace('T', ' ')} – ${isoToPortalLocal(session.closesAt).replace('T', ' ')}`
      : 'Chưa có buổi giao lưu. Đặt giờ bắt đầu và kết thúc để bạn đọc gửi câu hỏi.';
    if (document.activeElement !== opens) opens.value = isoToPortalLocal(session.opensAt);
    if (document.activeElement !== closes) closes.value = isoToPortalLocal(session.closesAt);
  }

  async function saveSession(opensAt: string | null, closesAt: string | null): Promise<void> {
    messages.clear();
    if (!opensAt || !closesAt) return messages.error('Nhập giờ bắt đầu và giờ kết thúc.');
    try {
      showSession(await api.setLiveSession(interviewId, { opensAt, closesAt }));
      messages.success('Đã lưu lịch giao lưu.');
    } catch (error) {
      messages.error(problemMessage(error));
    }
  }

  async function act(work: () => Promise<unknown>, done: string): Promise<void> {
    messages.clear();
    try {
      await work();
      messages.success(done);
      await refresh();
    } catch (error) {
      messages.error(problemMessage(error));
    }
  }

  function row(question: LiveQuestionItem): { element: HTMLElement; state: HTMLElement } {
    const id = question.id;
    const text = h('textarea', { rows: 3, maxlength: 2000, 'aria-label': `Câu hỏi của ${question.name}` }, question.editedText ?? question.text);
    const answer = h('textarea', { rows: 4, 'aria-label': `Trả lời câu hỏi của ${question.name}`, class: 'live-qa-answer' });
    const merge = h('select', { 'aria-label': 'Gộp vào câu hỏi' }, h('option', { value: '' }, 'Gộp vào câu hỏi…'));
    merge.addEventListener('focus', () => merge.replaceChildren(h('option', { value: '' }, 'Gộp vào câu hỏi…'),
      ...questions.filter((q) => q.id !== id && (q.state === 'pending' || q.state === 'approved' || q.state === 'answered'))
        .map((q) => h('option', { value: String(q.id) }, `#${q.id} ${q.name}: ${(q.editedText ?? q.text).slice(0, 60)}`))));
    merge.addEventListener('change', () => {
      if (merge.value) void act(() => api.moderateQuestion(interviewId, id, { mergeInto: Number(merge.value) }), `Đã gộp câu hỏi #${id}.`);
    });
    const state = h('span', { class: `live-qa-state state-${question.state}` }, QUESTION_LABEL[question.state] ?? question.state);
    const element = h('li', { class: 'live-qa-question', 'data-question': String(id) },
      h('p', { class: 'live-qa-asker' }, `#${id} · ${question.name}${question.place ? ` (${question.place})` : ''} · ${isoToPortalClock(question.submittedAt)} · `, state),
      h('p', { class: 'hint' }, `Địa chỉ: ${question.clientAddress ?? '—'} · ${question.userAgent ?? ''}`),
      question.editedText ? h('p', { class: 'hint' }, `Bạn đọc viết: ${question.text}`) : null,
      text,
      h('div', { class: 'live-qa-actions' },
        h('button', { type: 'button', onclick: () => void act(() => api.moderateQuestion(interviewId, id, { text: text.value }), `Đã sửa câu hỏi #${id}.`) }, 'Lưu chỉnh sửa'),
        h('button', { type: 'button', onclick: () => void act(() => api.moderateQuestion(interviewId, id, { text: text.value, state: 'approved' }), `Đã duyệt câu hỏi #${id}.`) }, 'Duyệt'),
        h('button', { type: 'button', class: 'danger', onclick: () => void act(() => api.moderateQuestion(interviewId, id, { state: 'rejected' }), `Đã từ chối câu hỏi #${id}.`) }, 'Từ chối'),
        merge),
      answer,
      h('button', { type: 'button', class: 'primary', onclick: () => void act(async () => {
        if (text.value !== (question.editedText ?? question.text)) await api.moderateQuestion(interviewId, id, { text: text.value });
        await api.answerQuestion(interviewId, id, { answer: answer.value });
      }, `Đã đăng câu hỏi #${id} và câu trả lời. Bài phỏng vấn đã cập nhật: tải lại trang trước khi sửa nội dung bài.`) }, 'Đăng câu trả lời'));
    return { element, state };
  }

  function draw(): void {
    const shown = questions.filter((q) => showDone.checked || q.state === 'pending' || q.state === 'approved');
    for (const [id, existing] of rows) {
      if (!shown.some((q) => q.id === id)) {
        existing.element.remove();
        rows.delete(id);
      }
    }
    for (const question of shown) {
      const existing = rows.get(question.id);
      if (existing) {
        existing.state.textContent = QUESTION_LABEL[question.state] ?? question.state; // the inputs keep what the editor typed
        existing.state.className = `live-qa-state state-${question.state}`;
      } else {
        const made = row(question);
        rows.set(question.id, made);
        list.append(made.element);
      }
    }
    if (!shown.length) list.replaceChildren(h('li', { class: 'hint' }, 'Chưa có câu hỏi.'));
    else list.querySelector(':scope > li.hint')?.remove();
  }
  showDone.addEventListener('change', draw);

  async function refresh(): Promise<void> {
    const [session, queue] = await Promise.all([api.liveSession(interviewId), api.liveQuestions(interviewId)]);
    showSession(session);
    questions = queue;
    draw();
  }

  void refresh().catch((error: unknown) => messages.error(problemMessage(error)));
  const timer = setInterval(() => {
    if (!panel.isConnected) return clearInterval(timer);
    void refresh().catch(() => {}); // the next round tries again
  }, POLL_MS);
  return panel;
}
