import { randomId } from '../../src/lib/tokens';

let instance: string | undefined;
let counter = 0;

/**
 * Id of a delivery's log row (and its event's `ref`): `whd_` + time (base 36, fixed width) +
 * this process's random tag + a counter. Unique without drawing random bytes per delivery,
 * and roughly increasing, so the indexes on these ids grow at their end instead of taking
 * every insert at a random page. The tag is drawn lazily: workerd allows randomness only
 * while handling a request.
 */
export function deliveryRef(now: Date): string {
  instance ??= randomId('', 6);
  counter = (counter + 1) % 36 ** 4;
  return `whd_${now.getTime().toString(36).padStart(9, '0')}${instance}${counter.toString(36).padStart(4, '0')}`;
}
