// What a page says about itself to search engines and share previews beyond its title:
// schema.org JSON-LD (NewsArticle for articles and interviews, VideoObject for videos, a
// BreadcrumbList below home) and Open Graph's article:* properties. Pure functions of the
// API's data and the site's address, so the browser (meta.ts) and a page builder write the
// same thing.
import type { CategoryNode, ContentItem, PhotoStory, Video } from '../api/types';
import { trail } from '../categories';
import { playbackFor } from '../media';
import { paths } from '../routes';
import { creditLines } from './credits';
import { SITE_LOGO } from './share-image';

/** One step below home in a page's trail: its name and its site path. */
export interface Crumb {
  name: string;
  path: string;
}

/** The item a page shows, and how its media resolve (a video file's address). */
export interface StoryFacts {
  item: ContentItem;
  mediaUrl: (url: string) => string | null;
}

/** The person an author page is about, for its ProfilePage. */
export interface ProfileFacts {
  name: string;
  slug: string;
  title?: string | null;
  bio?: string | null;
}

/** Where the page lives: the site's origin and name, and the page's picture (absolute, if any). */
export interface PageFacts {
  origin: string;
  siteName: string;
  image?: string | null;
}

/** The trail of an item's or a section's page: its sections from the top, then the item. */
export function trailOf(tree: readonly CategoryNode[], sectionSlug: string | undefined, item?: ContentItem): Crumb[] {
  const sections = sectionSlug ? trail(tree, sectionSlug).map((node) => ({ name: node.name, path: paths.section(node.slug) })) : [];
  return item ? [...sections, { name: item.title, path: paths.item(item.type, item.slug) }] : sections;
}

/** Seconds as an ISO 8601 duration: 754 → "PT12M34S". */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || whole === 0 ? `${s}S` : ''}`;
}

/** Open Graph's article:* properties of an item, in order (article:tag once per tag). */
export function articleProperties(item: ContentItem): [string, string][] {
  const properties: [string, string][] = [];
  if (item.publishedAt) properties.push(['article:published_time', item.publishedAt]);
  if (item.updatedAt) properties.push(['article:modified_time', item.updatedAt]);
  if (item.category?.name) properties.push(['article:section', item.category.name]);
  for (const tag of item.tags ?? []) properties.push(['article:tag', tag.name]);
  return properties;
}

function breadcrumbList({ origin }: PageFacts, crumbs: readonly Crumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Trang chủ', path: paths.home() }, ...crumbs].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).href,
    })),
  };
}

function story({ origin, siteName, image }: PageFacts, { item, mediaUrl }: StoryFacts): object {
  const url = new URL(paths.item(item.type, item.slug), origin).href;
  const description = item.summary?.trim() || undefined;
  if (item.type === 'video') {
    const video = item as Video;
    const playback = playbackFor(video.source, mediaUrl);
    return {
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: item.title,
      description: description ?? item.title, // required by search engines for a video
      thumbnailUrl: image ? [image] : undefined,
      uploadDate: item.publishedAt ?? undefined,
      duration: video.durationSeconds ? isoDuration(video.durationSeconds) : undefined,
      contentUrl: playback?.kind === 'native' ? playback.url : undefined,
      embedUrl: playback?.kind === 'embed' ? playback.url : undefined,
      url,
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description,
    image: imagesOf(item, image, mediaUrl),
    datePublished: item.publishedAt ?? undefined,
    dateModified: item.updatedAt ?? item.publishedAt ?? undefined,
    author: authorsOf(item, origin),
    publisher: { '@type': 'Organization', name: siteName,
      logo: { '@type': 'ImageObject', url: new URL(SITE_LOGO.path, origin).href, width: SITE_LOGO.width, height: SITE_LOGO.height } },
    articleSection: item.category?.name ?? undefined,
    keywords: item.tags?.length ? item.tags.map((tag) => tag.name) : undefined,
    mainEntityOfPage: url,
  };
}

/**
 * The story's pictures for search engines: the page's picture, and for a photo story every
 * photo too (a gallery is a NewsArticle whose images are its photos, in order).
 */
function imagesOf(item: ContentItem, image: string | null | undefined, mediaUrl: StoryFacts['mediaUrl']): string[] | undefined {
  const photos = item.type === 'photoStory' ? (item as PhotoStory).photos.map((photo) => mediaUrl(photo.image.url)) : [];
  const images = [...new Set([image, ...photos].filter((url): url is string => !!url))];
  return images.length ? images : undefined;
}

/** The story's people: its credited authors with their pages, else the free-text byline. */
function authorsOf(item: ContentItem, origin: string): object[] | undefined {
  const lines = creditLines(item.credits);
  if (lines.length) {
    return lines.map(({ author }) => ({ '@type': 'Person', name: author.name, url: new URL(paths.author(author.slug), origin).href }));
  }
  return item.author?.trim() ? [{ '@type': 'Person', name: item.author.trim() }] : undefined;
}

/** An author page's ProfilePage: the person, their position, bio, picture and page. */
function profilePage({ origin, image }: PageFacts, person: ProfileFacts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    mainEntity: {
      '@type': 'Person',
      name: person.name,
      jobTitle: person.title?.trim() || undefined,
      description: person.bio?.trim() || undefined,
      image: image ?? undefined,
      url: new URL(paths.author(person.slug), origin).href,
    },
  };
}

/**
 * The page's JSON-LD blocks: the story's (when it shows an item), the ProfilePage (an author's
 * page) and its BreadcrumbList (when it is below home). Undefined fields are left out when serialized.
 */
export function structuredData(page: PageFacts, facts: StoryFacts | undefined, crumbs: readonly Crumb[] | undefined, profile?: ProfileFacts): object[] {
  const blocks: object[] = [];
  if (facts) blocks.push(story(page, facts));
  if (profile) blocks.push(profilePage(page, profile));
  if (crumbs?.length) blocks.push(breadcrumbList(page, crumbs));
  return blocks;
}
