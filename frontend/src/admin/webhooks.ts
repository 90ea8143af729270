// Words and requests for the webhooks screen: the events a subscription can want, the
// delivery states, and the form's values as the API's request.
import type { WebhookDeliveryState, WebhookRequest } from './types';

/** An event a subscription can want, as the API's document lists them. */
export type WebhookEvent = WebhookRequest['events'][number];

// Typed by the document's list, so an event the API adds fails the build until it has words.
export const webhookEventLabel: Record<WebhookEvent, string> = {
  'content.published': 'Xuất bản (một mục lên trang)',
  'content.updated': 'Sửa một mục đang hiển thị',
  'content.unpublished': 'Gỡ xuống hoặc lưu trữ',
  'content.deleted': 'Xoá một mục đang hiển thị',
};

export const webhookEvents = Object.keys(webhookEventLabel) as WebhookEvent[];

export const deliveryStateLabel: Record<WebhookDeliveryState, string> = {
  pending: 'Đang chờ gửi',
  delivered: 'Đã gửi',
  failed: 'Thất bại',
};

export interface WebhookFormValues {
  url: string;
  events: string[];
  secret: string;
  description: string;
  isActive: boolean;
}

/**
 * The request for the form's values. An empty secret is sent as null: when creating, the
 * API generates one (and answers it once); when editing, the current one is kept.
 */
export function webhookRequest(values: WebhookFormValues): WebhookRequest {
  const text = (value: string) => value.trim() || null;
  return {
    url: values.url.trim(),
    events: webhookEvents.filter((e) => values.events.includes(e)),
    secret: text(values.secret),
    description: text(values.description),
    isActive: values.isActive,
  };
}

/** "HTTP 503", "Lỗi kết nối: …", or nothing yet: an attempt's (or the last attempt's) outcome. */
export function attemptOutcome(statusCode: number | null | undefined, error: string | null | undefined): string {
  if (statusCode) return error ? `HTTP ${statusCode}: ${error}` : `HTTP ${statusCode}`;
  if (error) return `Lỗi: ${error}`;
  return '—';
}
