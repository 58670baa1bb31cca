import { checkTargetUrl, classifyAddress, isPrivateAddress } from '../../src/lib/webhooks';

export type TargetVerdict = { ok: true; url: URL } | { ok: false; message: string };

/**
 * Whether an outbound webhook may go to `url`: the name and literal addresses are checked
 * everywhere; where the host can resolve names (Node), every address the name resolves to
 * must be public too, so DNS cannot point a public-looking name at the hub's own network.
 */
export async function checkTarget(
  url: string,
  options: { allowPrivate: boolean; resolveHost?: ((hostname: string) => Promise<string[]>) | undefined },
): Promise<TargetVerdict> {
  const check = checkTargetUrl(url, { allowPrivate: options.allowPrivate });
  if (!check.ok) return { ok: false, message: `target refused: ${check.message}` };
  if (options.allowPrivate || !options.resolveHost) return check;
  const hostname = check.url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (classifyAddress(hostname)) return check;
  const addresses = await options.resolveHost(hostname);
  const inward = addresses.find((a) => isPrivateAddress(a));
  if (inward !== undefined)
    return { ok: false, message: `target refused: ${hostname} resolves to ${inward}, which is not a public address` };
  return check;
}
