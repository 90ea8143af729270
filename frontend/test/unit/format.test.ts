import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatNumber, isoDuration, paragraphs, spokenDuration, truncate } from '../../src/format';

describe('dates, in the portal time zone whatever the device says', () => {
  test('UTC instant → vi-VN date and time in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2024-02-08T00:30:00+00:00')).toBe('08/02/2024 07:30');
    expect(formatDate('2024-02-08T00:30:00+00:00')).toBe('08/02/2024');
  });

  test('a late-evening UTC time is already the next day in Vietnam', () => {
    expect(formatDateTime('2023-12-31T17:05:00Z')).toBe('01/01/2024 00:05');
  });

  test('offsets other than UTC are honoured', () => {
    expect(formatDateTime('2024-02-08T07:30:00+07:00')).toBe('08/02/2024 07:30');
  });

  test('missing or invalid dates give nothing (never "Invalid Date")', () => {
    expect(formatDateTime(null)).toBeNull();
    expect(formatDateTime(undefined)).toBeNull();
    expect(formatDateTime('not a date')).toBeNull();
    expect(formatDate('')).toBeNull();
  });
});

describe('numbers for vi-VN', () => {
  test('groups thousands with a dot, as the portal shows its counters', () => {
    expect(formatNumber(12418789)).toBe('12.418.789');
    expect(formatNumber(87540)).toBe('87.540');
    expect(formatNumber(520)).toBe('520');
    expect(formatNumber(0)).toBe('0');
  });

  test('no number, no text', () => {
    expect(formatNumber(undefined)).toBeNull();
    expect(formatNumber(Number.NaN)).toBeNull();
  });
});

describe('durations', () => {
  test('m:ss under an hour, h:mm:ss above', () => {
    expect(formatDuration(754)).toBe('12:34');
    expect(formatDuration(6)).toBe('0:06');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  test('machine and spoken forms', () => {
    expect(isoDuration(754)).toBe('PT12M34S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(spokenDuration(754)).toBe('Thời lượng 12 phút 34 giây');
  });

  test('a missing or zero duration is left out', () => {
    for (const value of [null, undefined, 0, -5, Number.NaN]) {
      expect(formatDuration(value)).toBeNull();
      expect(isoDuration(value)).toBeNull();
    }
  });
});

describe('paragraphs of plain text (interview answers)', () => {
  test('split on blank lines, trimmed, empty ones dropped', () => {
    expect(paragraphs('Một.\n\nHai,\ncùng đoạn.\r\n\r\nBa.\n \n\n')).toEqual(['Một.', 'Hai,\ncùng đoạn.', 'Ba.']);
  });

  test('nothing in, nothing out', () => {
    expect(paragraphs(null)).toEqual([]);
    expect(paragraphs('  \n\n ')).toEqual([]);
  });
});

describe('truncate for meta descriptions', () => {
  test('keeps short text, cuts long text at a word with an ellipsis', () => {
    expect(truncate('Ngắn gọn', 20)).toBe('Ngắn gọn');
    const cut = truncate('Trong không khí rộn ràng đón Xuân Giáp Thìn 2024, cộng tác viên', 30);
    expect(cut).toBe('Trong không khí rộn ràng đón…');
    expect(cut!.length).toBeLessThanOrEqual(30);
  });
});
