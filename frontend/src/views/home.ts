// Home: a strip of the topics of the moment ("Chủ đề nổi bật"), the stories editors chose to
// lead ("Tiêu điểm", in their order) filled up with the newest items across types, then one
// block per top-level section, as a portal's front page. Items already in the top block are
// not repeated below.
import type { ContentSummary, PopularTag } from '../api/types';
import { leadCard, rowCard, titleCard, videoCard } from '../components/cards';
import { h } from '../dom/h';
import { paths } from '../routes';
import { pictureOf, type PageContext, type PageView } from './page';

const TOP_COUNT = 7;
const PER_SECTION = 5;
const TOPIC_COUNT = 8;

export async function homePage({ api, config, tree }: PageContext): Promise<PageView> {
  const [topics, featured, latest, ...perSection] = await Promise.all([
    api.popularTags(TOPIC_COUNT).catch(() => []), // a strip of links: the page stands without it
    api.featured(),
    api.content({ pageSize: TOP_COUNT }),
    ...tree.map((section) => api.content({ category: section.slug, pageSize: PER_SECTION })),
  ]);

  const topItems = [...featured, ...latest.items.filter((item) => !featured.some((f) => f.id === item.id))].slice(0, Math.max(TOP_COUNT, featured.length));
  const shown = new Set(topItems.map((item) => item.id));
  const [lead, ...rest] = topItems;
  const top = lead
    ? h('section', { class: 'top-stories', 'aria-label': featured.length ? 'Tiêu điểm' : 'Tin mới nhất' },
        leadCard(api, lead),
        h('div', { class: 'top-list' }, rest.map((item) => rowCard(api, item, { showSection: true, showSummary: false }))))
    : h('p', { class: 'notice' }, 'Chưa có tin bài nào được xuất bản.');

  const blocks = tree.map((section, index) => {
    const items = (perSection[index]?.items ?? []).filter((item) => !shown.has(item.id)).slice(0, 4);
    if (items.length === 0) return null;
    return h('section', { class: 'home-section', 'aria-labelledby': `home-${section.slug}` },
      h('header', { class: 'section-head' },
        h('h2', { id: `home-${section.slug}` }, h('a', { href: paths.section(section.slug) }, section.name)),
        (section.children ?? []).length
          ? h('ul', { class: 'subsections' }, section.children.map((child) => h('li', null, h('a', { href: paths.section(child.slug) }, child.name))))
          : null),
      sectionBody(api, items));
  });

  return {
    title: config.siteName,
    description: lead?.summary ?? `Tin tức, phỏng vấn và phim tư liệu của ${config.siteName}.`,
    ...pictureOf(api, lead?.coverImage),
    content: h('div', { class: 'home' }, h('h1', { class: 'visually-hidden' }, config.siteName), topicStrip(topics), top, blocks),
  };
}

/** Videos as a row of thumbnails; other items as one story with its summary and headlines. */
function sectionBody(api: PageContext['api'], items: ContentSummary[]): HTMLElement {
  if (items.every((item) => item.type === 'video')) {
    return h('div', { class: 'video-grid' }, items.map((item) => videoCard(api, item)));
  }
  const [first, ...others] = items as [ContentSummary, ...ContentSummary[]];
  return h('div', { class: 'section-body' },
    rowCard(api, first),
    others.length ? h('ul', { class: 'headlines' }, others.map(titleCard)) : null);
}

/** "Chủ đề nổi bật": the tags the newest items carry most, each a link to its tag page. */
function topicStrip(topics: PopularTag[]): HTMLElement | null {
  if (topics.length === 0) return null;
  return h('nav', { class: 'topics', 'aria-label': 'Chủ đề nổi bật' },
    h('span', { class: 'topics-label' }, 'Chủ đề nổi bật:'),
    h('ul', null, topics.map((tag) => h('li', null, h('a', { href: paths.tag(tag.slug) }, `#${tag.name}`)))));
}
