import { describe, expect, test } from 'vitest';
import { isoToPortalLocal, portalLocalToIso } from '../../src/admin/portal-time';

describe('schedule time in the portal zone (Asia/Ho_Chi_Minh)', () => {
  test('a datetime-local value is the portal\'s wall clock, sent with +07:00', () => {
    expect(portalLocalToIso('2025-01-01T06:00')).toBe('2025-01-01T06:00:00+07:00');
    expect(portalLocalToIso('2024-02-29T23:59:30')).toBe('2024-02-29T23:59:30+07:00');
    // The same instant as the API understands it.
    expect(new Date(portalLocalToIso('2025-01-01T06:00')!).toISOString()).toBe('2024-12-31T23:00:00.000Z');
  });

  test('whatever the browser\'s own zone is (the tests run in whatever TZ the machine has)', () => {
    const result = portalLocalToIso('2025-07-15T00:30');
    expect(result).toBe('2025-07-15T00:30:00+07:00');
  });

  test('empty, malformed or impossible dates give null, so nothing is sent', () => {
    for (const bad of ['', '2025-02-30T10:00', '2025-13-01T10:00', '2025-01-01 06:00', '2025-01-01T24:00', 'ngày mai']) {
      expect(portalLocalToIso(bad), bad).toBeNull();
    }
  });

  test('an API timestamp is shown in portal time for the input', () => {
    expect(isoToPortalLocal('2024-12-31T23:00:00Z')).toBe('2025-01-01T06:00');
    expect(isoToPortalLocal('2030-01-01T06:00:00+07:00')).toBe('2030-01-01T06:00');
    expect(isoToPortalLocal(null)).toBe('');
    expect(isoToPortalLocal('nonsense')).toBe('');
    // Round trip.
    expect(portalLocalToIso(isoToPortalLocal('2026-11-29T04:45:00Z'))).toBe('2026-11-29T11:45:00+07:00');
  });
});
