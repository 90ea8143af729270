// Every failed management call becomes one ApiProblem: the HTTP status, the RFC 9457
// fields, and the validation errors keyed by field ("exchanges[0].answer"). Screens decide
// from `kind` what to show: a 412 is a conflict with a reload button, never a silent retry.

export type ProblemKind =
  | 'validation' // 400: errors beside the fields
  | 'unauthorized' // 401: back to the sign-in form
  | 'forbidden' // 403
  | 'notFound' // 404
  | 'conflict' // 409: a taken slug, a workflow step the status does not allow
  | 'stale' // 412: someone saved in between
  | 'preconditionRequired' // 428: sent without If-Match
  | 'tooMany' // 429: sign-in locked for a while
  | 'unavailable' // network failure or 5xx
  | 'other';

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly kind: ProblemKind,
    readonly title: string | null,
    readonly detail: string | null,
    readonly errors: Record<string, string[]> = {},
    readonly retryAfterSeconds: number | null = null,
    /** The whole ProblemDetails body, for the members some answers add (a lock's `holder`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail ?? title ?? `HTTP ${status}`);
  }
}

export function kindOf(status: number): ProblemKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    case 409:
      return 'conflict';
    case 412:
      return 'stale';
    case 428:
      return 'preconditionRequired';
    case 429:
      return 'tooMany';
    default:
      return status === 0 || status >= 500 ? 'unavailable' : 'other';
  }
}

/** Builds the ApiProblem for a non-2xx response, reading a ProblemDetails body when there is one. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // no JSON body (401, 403 from the auth layer): the status says enough
  }
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  const errors: Record<string, string[]> = {};
  if (body.errors && typeof body.errors === 'object') {
    for (const [key, messages] of Object.entries(body.errors as Record<string, unknown>)) {
      errors[key] = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    }
  }
  const retry = Number(response.headers.get('Retry-After'));
  return new ApiProblem(response.status, kindOf(response.status), text(body.title), text(body.detail), errors,
    Number.isFinite(retry) && retry > 0 ? retry : null, body);
}

/** What the editor tells the person, in Vietnamese; the API's own words follow in brackets where they help. */
/** `subject` names what was changed in between on a 412 ("Bài", "Bản sửa", "Ảnh", "Webhook"). */
export function problemMessage(problem: unknown, subject = 'Bài'): string {
  if (!(problem instanceof ApiProblem)) return 'Đã có lỗi không mong muốn. Vui lòng thử lại.';
  const detail = problem.detail ? ` (${problem.detail})` : '';
  switch (problem.kind) {
    case 'validation':
      return Object.keys(problem.errors).length
        ? 'Dữ liệu chưa hợp lệ: xem các lỗi được đánh dấu bên dưới.'
        : `Dữ liệu chưa hợp lệ${detail}.`;
    case 'unauthorized':
      return 'Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Vui lòng đăng nhập lại.';
    case 'forbidden':
      return `Tài khoản của bạn không có quyền làm việc này${detail}.`;
    case 'notFound':
      return 'Không tìm thấy mục này: có thể nó đã bị xoá.';
    case 'conflict':
      return `Không thực hiện được vì xung đột với dữ liệu hiện có${detail}.`;
    case 'stale':
      return `${subject} đã được người khác sửa trong lúc bạn đang mở. Thay đổi của bạn CHƯA được lưu. Hãy tải bản mới nhất, rồi sửa lại những gì cần thiết.`;
    case 'preconditionRequired':
      return 'Thiếu phiên bản của bài (If-Match) nên máy chủ từ chối ghi đè. Hãy tải bản mới nhất rồi thử lại.';
    case 'tooMany':
      return `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${problem.retryAfterSeconds ? `${Math.ceil(problem.retryAfterSeconds / 60)} phút` : 'ít phút'}.`;
    case 'unavailable':
      return 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.';
    default:
      return `Máy chủ từ chối yêu cầu (mã ${problem.status})${detail}.`;
  }
}

/**
 * The API's validation messages are FluentValidation's English; the common ones are said
 * in Vietnamese, anything else is shown as the API wrote it.
 */
export function fieldMessage(message: string): string {
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/must not be empty|is required|must not be null/i, () => 'Không được để trống.'],
    [/must be (\d+) characters or fewer/i, (m) => `Tối đa ${m[1]} ký tự.`],
    [/must be greater than '?(\d+)'?/i, (m) => `Phải lớn hơn ${m[1]}.`],
    [/must be between (\d+) and (\d+)/i, (m) => `Phải trong khoảng ${m[1]}–${m[2]}.`],
    [/at least one exchange/i, () => 'Bài phỏng vấn cần ít nhất một câu hỏi và câu trả lời.'],
    [/slug must be lower-case/i, () => 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.'],
    [/must be at least (\d+) characters/i, (m) => `Tối thiểu ${m[1]} ký tự.`],
    [/current password is wrong/i, () => 'Mật khẩu hiện tại không đúng.'],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message;
}
