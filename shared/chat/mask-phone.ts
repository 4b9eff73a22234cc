/**
 * Masks a phone number for chat messages: the first 3 and last 4 digits stay,
 * the middle becomes `****` — `13812341234` → `138****1234`. Shorter numbers keep
 * only their last 2 digits. Non-digits (spaces, +86) are dropped first.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const digits = phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 3) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return '***';
}
