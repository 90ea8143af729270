// An item's byline from its credits: each person once, in byline order, with what they did
// ("Bài và ảnh: Lê Vũ"), linked to their page. Items without credits (imported stories) keep
// their free-text byline. The admin's labels for the roles come from here too.
import type { Credit, CreditRole } from '../api/types';

/** The roles as a byline prints them. */
export const ROLE_LABELS: Record<CreditRole, string> = {
  text: 'Bài',
  photo: 'Ảnh',
  video: 'Video',
  translation: 'Dịch',
};

/** One person of a byline with every role they are credited for, in order. */
export interface CreditLine {
  author: Credit['author'];
  roles: CreditRole[];
}

/** The credits grouped per person, in the order each person first appears. */
export function creditLines(credits: readonly Credit[] | null | undefined): CreditLine[] {
  const lines: CreditLine[] = [];
  for (const credit of credits ?? []) {
    const line = lines.find((l) => l.author.id === credit.author.id);
    if (!line) lines.push({ author: credit.author, roles: [credit.role] });
    else if (!line.roles.includes(credit.role)) line.roles.push(credit.role);
  }
  return lines;
}

/** "Bài", "Bài và ảnh", "Bài, ảnh và video": the first role capitalised, the rest lower case. */
export function rolesLabel(roles: readonly CreditRole[]): string {
  const words = roles.map((role, i) => (i === 0 ? ROLE_LABELS[role] : ROLE_LABELS[role].toLowerCase()));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} và ${words[words.length - 1]}`;
}
