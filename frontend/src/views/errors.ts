// The two pages a reader sees when something is missing: a 404, and the message for an
// API that cannot be reached (never a blank page).
import { h } from '../dom/h';
import { paths } from '../routes';
import type { PageView } from './page';

export function notFoundPage(): PageView {
  return {
    title: 'Không tìm thấy trang',
    noindex: true,
    content: h('section', { class: 'error-page', 'data-page': 'not-found' },
      h('p', { class: 'error-code', 'aria-hidden': 'true' }, '404'),
      h('h1', { tabindex: '-1' }, 'Không tìm thấy trang'),
      h('p', null, 'Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ. Có thể đường dẫn bị gõ sai hoặc bài viết không còn được xuất bản.'),
      h('ul', { class: 'error-links' },
        h('li', null, h('a', { href: paths.home() }, 'Về trang chủ')),
        h('li', null, h('a', { href: paths.videos() }, 'Xem phim tư liệu')))),
  };
}

export function unavailablePage(onRetry: () => void): PageView {
  return {
    title: 'Không tải được nội dung',
    noindex: true,
    content: h('section', { class: 'error-page', 'data-page': 'api-down', role: 'alert' },
      h('h1', { tabindex: '-1' }, 'Không tải được nội dung'),
      h('p', null, 'Máy chủ nội dung tạm thời không trả lời, nên trang chưa hiển thị được tin bài. Xin bạn vui lòng thử lại sau ít phút.'),
      h('button', { type: 'button', class: 'button', onclick: onRetry }, 'Thử lại')),
  };
}

export function misconfiguredPage(): PageView {
  return {
    title: 'Trang chưa sẵn sàng',
    noindex: true,
    content: h('section', { class: 'error-page', 'data-page': 'config-error', role: 'alert' },
      h('h1', { tabindex: '-1' }, 'Trang chưa sẵn sàng'),
      h('p', null, 'Trang tin chưa được cấu hình địa chỉ máy chủ nội dung (tệp config.json). Xin bạn vui lòng quay lại sau.')),
  };
}
