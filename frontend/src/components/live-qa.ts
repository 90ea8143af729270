// A live online Q&A ("Giao lưu trực tuyến") on an interview page: while the session is
// upcoming or open, a form for readers' questions, and the answers the newsroom publishes
// appended as they come (server-sent events; polling when the API says it holds too many
// streams). Without JavaScript, or once the session closes, the page is the interview as built.
import type { ApiClient } from '../api/client';
import type { Exchange, LiveSession } from '../api/types';
import { h } from '../dom/h';
import { formatDateTime } from '../format';
import { exchangeBlock } from '../views/item';

/** How often a reader whose stream was refused asks whether there are new answers. */
const POLL_MS = 10_000;

/** The API's limits, so the form says so before the API has to. */
const LIMITS = { name: 100, place: 100, text: 2000 } as const;

/** Fills the interview's Q&A section (data-live="qa") with the session's form and live answers, if it has an open or upcoming one. */
export async function liveQa(api: ApiClient, section: HTMLElement): Promise<void> {
  const slug = section.dataset.slug;
  if (!slug) return;
  const session = await api.liveSession(slug);
  if (!session?.state || session.state === 'closed') return;

  const exchanges = () => section.querySelectorAll(':scope > .exchange').length;
  const status = h('p', { class: 'live-qa-status', role: 'status' }, statusText(session));
  const form = questionForm(api, slug);
  const box = h('section', { class: 'live-qa', 'aria-label': 'Giao lưu trực tuyến' },
    h('h2', { class: 'live-qa-title' }, 'Giao lưu trực tuyến'), status, form);
  section.after(box);

  let catchingUp = false;
  /** Appends what the page lacks, read from the interview itself (a missed event, a poll). */
  async function catchUp(): Promise<void> {
    if (catchingUp) return;
    catchingUp = true;
    try {
      const interview = await api.item('interview', slug!);
      (interview.exchanges ?? []).slice(exchanges()).forEach(append);
    } catch {
      // the next event or poll tries again
    } finally {
      catchingUp = false;
    }
  }

  function append(exchange: Exchange): void {
    const closing = section.querySelector(':scope > .closing');
    const block = exchangeBlock(exchange);
    block.classList.add('live-new');
    section.insertBefore(block, closing);
  }

  function update(next: LiveSession): void {
    status.textContent = statusText(next);
    if (next.state === 'closed' || !next.state) {
      form.remove();
      stop();
    }
    if (next.exchangeCount > exchanges()) void catchUp();
  }

  // Opening and closing come by the clock, with no write to announce them: ask again then.
  for (const at of [session.opensAt, session.closesAt]) {
    const wait = at ? Date.parse(at) - Date.now() + 1_000 : -1;
    if (wait > 0 && wait < 86_400_000) {
      setTimeout(() => {
        if (box.isConnected) void api.liveSession(slug).then((next) => next && update(next));
      }, wait);
    }
  }

  let stop = () => {};
  const events = new EventSource(api.liveEventsUrl(slug));
  stop = () => events.close();
  events.addEventListener('live', (event) => {
    if (!box.isConnected) return stop(); // the reader went to another page
    update(JSON.parse((event as MessageEvent<string>).data) as LiveSession);
  });
  events.addEventListener('exchange', (event) => {
    if (!box.isConnected) return stop();
    const { index, exchange } = JSON.parse((event as MessageEvent<string>).data) as { index: number; exchange: Exchange };
    if (index === exchanges()) append(exchange);
    else if (index > exchanges()) void catchUp();
  });
  events.addEventListener('error', () => {
    if (events.readyState !== EventSource.CLOSED) return; // the browser reconnects by itself
    // Refused (too many readers on the server) or gone: ask now and then instead.
    const timer = setInterval(async () => {
      if (!box.isConnected) return clearInterval(timer);
      const next = await api.liveSession(slug);
      if (next) update(next);
    }, POLL_MS);
    stop = () => clearInterval(timer);
  });
}

function statusText(session: LiveSession): string {
  switch (session.state) {
    case 'upcoming':
      return `Buổi giao lưu bắt đầu lúc ${formatDateTime(session.opensAt) ?? ''}. Bạn đọc có thể gửi câu hỏi khi buổi giao lưu bắt đầu.`;
    case 'open':
      return `Buổi giao lưu đang diễn ra đến ${formatDateTime(session.closesAt) ?? ''}. Câu trả lời mới sẽ hiện ngay trên trang.`;
    default:
      return 'Buổi giao lưu đã kết thúc. Cảm ơn bạn đọc đã theo dõi.';
  }
}

function questionForm(api: ApiClient, slug: string): HTMLFormElement {
  const name = field('input', 'live-qa-name', { name: 'name', required: 'required', maxlength: String(LIMITS.name), autocomplete: 'name' });
  const place = field('input', 'live-qa-place', { name: 'place', maxlength: String(LIMITS.place), autocomplete: 'address-level2' });
  const text = field('textarea', 'live-qa-text', { name: 'text', required: 'required', maxlength: String(LIMITS.text), rows: '4' });
  const button = h('button', { type: 'submit' }, 'Gửi câu hỏi');
  const message = h('p', { class: 'live-qa-message', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'live-qa-form' },
    h('label', { for: 'live-qa-name' }, 'Họ và tên'), name,
    h('label', { for: 'live-qa-place' }, 'Nơi ở (không bắt buộc)'), place,
    h('label', { for: 'live-qa-text' }, 'Câu hỏi'), text,
    button, message,
    h('p', { class: 'live-qa-note' }, 'Câu hỏi được biên tập trước khi đăng; chỉ họ tên và nơi ở của bạn được công bố.'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    message.textContent = 'Đang gửi…';
    void api.askQuestion(slug, { name: name.value, place: place.value.trim() || null, text: text.value }).then((status) => {
      button.disabled = false;
      message.textContent = answerFor(status);
      message.dataset.state = status === 202 ? 'sent' : 'refused';
      if (status === 202) text.value = '';
    });
  });
  return form;
}

function answerFor(status: number): string {
  switch (status) {
    case 202:
      return 'Cảm ơn bạn! Câu hỏi đã được gửi tới Ban biên tập và sẽ được đăng cùng câu trả lời.';
    case 409:
      return 'Buổi giao lưu chưa bắt đầu hoặc đã kết thúc nên chưa nhận câu hỏi.';
    case 429:
      return 'Bạn đã gửi nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau ít phút.';
    case 400:
      return 'Vui lòng nhập họ tên (tối đa 100 ký tự) và câu hỏi (tối đa 2.000 ký tự).';
    default:
      return 'Chưa gửi được câu hỏi. Vui lòng thử lại.';
  }
}

function field<K extends 'input' | 'textarea'>(tag: K, id: string, attributes: Record<string, string>): HTMLElementTagNameMap[K] {
  return h(tag, { id, ...attributes }) as HTMLElementTagNameMap[K];
}
