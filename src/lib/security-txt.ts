/**
 * `/.well-known/security.txt` (RFC 9116). Expires is a fixed date about a year ahead, so that a
 * forgotten file goes stale visibly (a test fails a month before it passes); renew it with SECURITY.md.
 */
export const SECURITY_TXT_EXPIRES = '2027-11-30T00:00:00.000Z';

/** Where the hub serves SECURITY.md (the policy, with how to report a problem). */
export const SECURITY_POLICY_PATH = '/security.md';

export function securityTxt(publicUrl: string): string {
  const origin = new URL(publicUrl).origin;
  return [
    `Contact: ${origin}${SECURITY_POLICY_PATH}`,
    `Expires: ${SECURITY_TXT_EXPIRES}`,
    'Preferred-Languages: en',
    `Canonical: ${origin}/.well-known/security.txt`,
    `Policy: ${origin}${SECURITY_POLICY_PATH}`,
    '',
  ].join('\n');
}
