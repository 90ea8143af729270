// The preview link's page (/xem-truoc/<token>): an item not yet published, shown to someone
// without an account (a leader approving a story from their phone) exactly as readers will
// see it, drawn by the same item view, under a banner saying it is a preview. Never indexed,
// never counted as a view (no contentId: app.ts sends no beacon for it). A link that is wrong,
// expired or revoked is a page saying so, not an error.
import { NotFoundError } from '../api/client';
import type { ContentItem } from '../api/types';
import { h } from '../dom/h';
import { formatDateTime } from '../format';
import { paths } from '../routes';
import { itemView } from './item';
import type { PageContext, PageView, RouteOf } from './page';

/** Why a preview link shows nothing: not a link at all, past its time, or withdrawn by the newsroom. */
export type PreviewProblem = 'invalid' | 'expired' | 'revoked';

export async function previewPage(context: PageContext, route: RouteOf<'preview'>): Promise<PageView> {
  if (!route.token) return previewProblemPage('invalid');
  try {
    const result = await context.api.preview(route.token);
    return result.kind === 'gone' ? previewProblemPage(result.reason) : previewView(context, result.item, result.expiresAt);
  } catch (error) {
    if (error instanceof NotFoundError) return previewProblemPage('invalid');
    throw error; // the API is down: the app's "Không tải được nội dung"
  }
}

/** The item's own page, with the banner above it, and nothing that would count or index it. */
export function previewView(context: PageContext, item: ContentItem, expiresAt: string): PageView {
  // Left out: contentId (the beacon would count a view), story and trail (structured data
  // describing a page search engines must not take as the item's).
  const { contentId: _counted, story: _story, trail: _trail, ...page } = itemView(context, item);
  return {
    ...page,
    noindex: true,
    content: h('div', { class: 'preview-page', 'data-page': 'preview' }, previewBanner(expiresAt), page.content),
  };
}

export function previewBanner(expiresAt: string): HTMLElement {
  const until = formatDateTime(expiresAt);
  return h('aside', { class: 'preview-banner', role: 'note', 'aria-label': 'Bản xem trước' },
    h('strong', { class: 'preview-banner-title' }, 'Bản xem trước'),
    h('span', null, ' Nội dung chưa xuất bản, chỉ dành cho người nhận liên kết; bạn đọc chưa thấy bài này.'),
    until ? h('span', { class: 'preview-banner-expiry' }, ` Liên kết có hiệu lực đến ${until}.`) : null);
}

const problems: Record<PreviewProblem, { title: string; text: string }> = {
  invalid: {
    title: 'Liên kết xem trước không hợp lệ',
    text: 'Liên kết này không đúng hoặc bài viết không còn nữa. Xin kiểm tra đã chép đủ cả đường dẫn, hoặc đề nghị tòa soạn gửi liên kết mới.',
  },
  expired: {
    title: 'Liên kết xem trước đã hết hạn',
    text: 'Liên kết này chỉ có hiệu lực trong một thời gian nhất định và nay đã hết hạn. Xin đề nghị tòa soạn gửi liên kết mới.',
  },
  revoked: {
    title: 'Liên kết xem trước đã bị thu hồi',
    text: 'Tòa soạn đã thu hồi liên kết này, nên bài không còn xem được qua nó. Xin liên hệ tòa soạn nếu bạn vẫn cần xem bài.',
  },
};

export function previewProblemPage(problem: PreviewProblem): PageView {
  const { title, text } = problems[problem];
  return {
    title,
    noindex: true,
    content: h('section', { class: 'error-page', 'data-page': `preview-${problem}`, role: 'alert' },
      h('h1', { tabindex: '-1' }, title),
      h('p', null, text),
      h('ul', { class: 'error-links' }, h('li', null, h('a', { href: paths.home() }, 'Về trang chủ')))),
  };
}
