// Every word the admin shows for an API value, in one place, so the screens agree.
import type { ContentType } from '../api/types';
import type { ContentStatus, UserRole, ViewPeriod, VideoSourceKind } from './types';

export const statusLabel: Record<ContentStatus, string> = {
  draft: 'Nháp',
  inReview: 'Chờ duyệt',
  scheduled: 'Đã lên lịch',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  archived: 'Lưu trữ',
};

export const statuses = Object.keys(statusLabel) as ContentStatus[];

export const roleLabel: Record<UserRole, string> = {
  author: 'Tác giả',
  editor: 'Biên tập viên',
  admin: 'Quản trị viên',
};

export const roles = Object.keys(roleLabel) as UserRole[];

/** Plural, for menus and list titles. */
export const typePlural: Record<ContentType, string> = {
  article: 'Bài viết',
  interview: 'Phỏng vấn',
  video: 'Video',
  photoStory: 'Phóng sự ảnh',
};

/** "bài viết mới", for the new-item button and title. */
export const typeSingular: Record<ContentType, string> = {
  article: 'bài viết',
  interview: 'bài phỏng vấn',
  video: 'video',
  photoStory: 'phóng sự ảnh',
};

export const periodLabel: Record<ViewPeriod, string> = {
  today: 'Hôm nay',
  week: 'Tuần này',
  all: 'Tất cả',
};

export const sourceKindLabel: Record<VideoSourceKind, string> = {
  file: 'Tệp video (URL .mp4)',
  hls: 'Luồng HLS (URL .m3u8)',
  youtube: 'YouTube (mã video)',
  vimeo: 'Vimeo (mã số video)',
};
