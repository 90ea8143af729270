import { describe, expect, test } from 'vitest';
import { ApiProblem, problemMessage } from '../../src/admin/problem';
import { attemptOutcome, deliveryStateLabel, webhookEvents, webhookRequest } from '../../src/admin/webhooks';

describe('webhooks', () => {
  test('the form\'s values become the request: trimmed, events in the API\'s order, an empty secret sent as null (generated, or kept)', () => {
    expect(webhookRequest({ url: ' https://hook.example.vn/cms ', events: ['content.deleted', 'content.published'], secret: '  ', description: '', isActive: false }))
      .toEqual({ url: 'https://hook.example.vn/cms', events: ['content.published', 'content.deleted'], secret: null, description: null, isActive: false });
    expect(webhookRequest({ url: 'https://a.vn', events: webhookEvents, secret: 'mot-khoa-bi-mat-du-dai', description: ' CDN ', isActive: true }))
      .toEqual({ url: 'https://a.vn', events: ['content.published', 'content.updated', 'content.unpublished', 'content.deleted'], secret: 'mot-khoa-bi-mat-du-dai', description: 'CDN', isActive: true });
    // An event the form does not know is never sent.
    expect(webhookRequest({ url: 'https://a.vn', events: ['content.viewed'], secret: '', description: '', isActive: true }).events).toEqual([]);
  });

  test('delivery states and attempt outcomes in Vietnamese', () => {
    expect(deliveryStateLabel).toEqual({ pending: 'Đang chờ gửi', delivered: 'Đã gửi', failed: 'Thất bại' });
    expect(attemptOutcome(503, null)).toBe('HTTP 503');
    expect(attemptOutcome(500, 'Internal Server Error')).toBe('HTTP 500: Internal Server Error');
    expect(attemptOutcome(null, 'Connection refused (127.0.0.1:9)')).toBe('Lỗi: Connection refused (127.0.0.1:9)');
    expect(attemptOutcome(undefined, undefined)).toBe('—');
  });

  test('a 412 names what was changed in between', () => {
    const stale = new ApiProblem(412, 'stale', null, null);
    expect(problemMessage(stale, 'Webhook')).toMatch(/^Webhook đã được người khác sửa trong lúc bạn đang mở\./);
    expect(problemMessage(stale)).toMatch(/^Bài đã được người khác sửa/);
  });
});
