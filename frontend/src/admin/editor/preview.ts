// The preview: the editor's unsaved data rendered by the public site's own item view and
// stylesheet, so the newsroom sees the page as readers will. It is drawn into an iframe
// sandboxed without scripts: the site's CSS cannot touch the admin and the admin's cannot
// touch it, and nothing in a draft body can run next to the signed-in session.
import { ApiClient } from '../../api/client';
import type { CategoryNode, ContentItem, ContentType, Tag } from '../../api/types';
import { createLayout } from '../../components/layout';
import { h } from '../../dom/h';
import siteCss from '../../styles.css?inline';
import { itemStory } from '../../views/item';
import type { CategoryBranch } from '../category-tree';
import type { CategoryResponse, RequestByType } from '../types';

/**
 * The item as the public API would answer it once published, built from the editor's
 * request and what the saved item already has (id, dates, view count).
 */
export function draftItem<T extends ContentType>(type: T, request: RequestByType[T], saved: ContentItem | null, categories: readonly CategoryResponse[]): ContentItem {
  const category = categories.find((c) => c.id === request.categoryId);
  const now = new Date().toISOString();
  const tags: Tag[] = (request.tags ?? []).map((name) => ({ name, slug: '' }));
  const image = (i: { url?: string | null; alt?: string | null; caption?: string | null } | null | undefined) =>
    i?.url ? { url: i.url, alt: i.alt ?? null, caption: i.caption ?? null } : undefined;
  const base = {
    id: saved?.id ?? 0,
    credits: saved?.credits ?? [],
    type,
    href: saved?.href ?? '',
    slug: request.slug ?? saved?.slug ?? '',
    title: request.title?.trim() || '(Chưa có tiêu đề)',
    summary: request.summary ?? null,
    coverImage: image(request.coverImage),
    category: category ? { id: category.id, name: category.name, slug: category.slug } : undefined,
    tags,
    author: request.author ?? null,
    status: saved?.status ?? 'draft',
    // Unpublished drafts show the time they would carry if published now.
    publishedAt: saved?.publishedAt ?? now,
    viewCount: saved?.viewCount ?? 0,
    createdAt: saved?.createdAt ?? now,
    updatedAt: now,
    version: saved?.version ?? 0,
    oldSlugs: saved?.oldSlugs ?? [],
  };
  const r = request as Record<string, unknown>;
  switch (type) {
    case 'interview': {
      const i = request as RequestByType['interview'];
      return {
        ...base,
        interviewee: { name: i.interviewee?.name ?? '', position: i.interviewee?.position ?? null, portrait: image(i.interviewee?.portrait) },
        exchanges: (i.exchanges ?? []).map((e) => ({ question: e.question ?? '', answer: e.answer ?? '', speaker: e.speaker || i.interviewee?.name || '' })),
        closing: i.closing ?? null,
      };
    }
    case 'video': {
      const v = request as RequestByType['video'];
      return { ...base, description: v.description ?? null, source: { kind: v.source?.kind ?? 'youtube', value: v.source?.value ?? '' }, durationSeconds: v.durationSeconds ?? null };
    }
    case 'photoStory': {
      const p = request as RequestByType['photoStory'];
      return { ...base, photos: (p.photos ?? []).flatMap((photo) => {
        const shown = image(photo.image);
        return shown ? [{ image: shown, credit: photo.credit ?? null }] : [];
      }) };
    }
    default:
      return { ...base, body: typeof r.body === 'string' ? r.body : '' };
  }
}

/** The admin's category tree in the shape the site's breadcrumbs read. */
export function toNodes(tree: readonly CategoryBranch[]): CategoryNode[] {
  return tree.map(({ category, children }) => ({ id: category.id, name: category.name, slug: category.slug, description: category.description ?? null, children: toNodes(children) }));
}

export interface PreviewPanel {
  element: HTMLElement;
  /** Renders `item`; `note` replaces the line above it (a revision shown read-only says which). */
  show(item: ContentItem, note?: string): Promise<void>;
}

export function previewPanel(apiBaseUrl: string, siteName: string, tree: CategoryNode[]): PreviewPanel {
  const site = new ApiClient(apiBaseUrl);
  const frame = h('iframe', { class: 'preview-frame', title: 'Xem trước trang công khai', sandbox: 'allow-same-origin' });
  const element = h('section', { class: 'preview', 'aria-label': 'Xem trước', hidden: true },
    h('p', { class: 'preview-note' }, 'Bản xem trước từ nội dung đang soạn (kể cả phần chưa lưu): trang công khai sẽ trông như thế này.'),
    frame);

  return {
    element,
    async show(item, note) {
      element.hidden = false;
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><base target="_blank"><style>${siteCss.replace(/<\/style/gi, '<\\/style')}</style></head><body></body></html>`;
      });
      const body = frame.contentDocument?.body;
      if (!body) return;
      element.querySelector('.preview-note')!.textContent = `${note ?? 'Bản xem trước từ nội dung đang soạn (kể cả phần chưa lưu): trang công khai sẽ trông như thế này.'}${
        item.type === 'video' ? ' Trình phát video không chạy trong bản xem trước.' : ''}`;
      const layout = createLayout(body, siteName);
      layout.setSections(tree);
      layout.main.append(h('div', { class: 'item-page' }, itemStory(site, tree, item)));
      frame.scrollIntoView({ block: 'nearest' });
    },
  };
}
