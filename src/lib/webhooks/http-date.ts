const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const IMF_FIXDATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^[A-Z][a-z]+, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * The three HTTP-date forms of RFC 9110 §5.6.7. Parsed by hand because
 * `Date.parse` is engine-specific outside ISO 8601 and V8 accepts nearly
 * anything.
 */
export function parseHttpDate(text: string, now: Date): Date | null {
  let day: string, month: string, year: number, hh: string, mm: string, ss: string;
  let m: RegExpExecArray | null;
  if ((m = IMF_FIXDATE.exec(text))) {
    [, day = '', month = '', , hh = '', mm = '', ss = ''] = m;
    year = Number(m[3]);
  } else if ((m = RFC_850.exec(text))) {
    [, day = '', month = '', , hh = '', mm = '', ss = ''] = m;
    // RFC 9110: a two-digit year more than 50 years ahead means the past century.
    year = 2000 + Number(m[3]);
    if (year > now.getUTCFullYear() + 50) year -= 100;
  } else if ((m = ASCTIME.exec(text))) {
    [, month = '', day = '', hh = '', mm = '', ss = ''] = m;
    year = Number(m[6]);
  } else {
    return null;
  }
  const monthIndex = MONTHS.indexOf(month);
  const d = Number(day.trim());
  const [h, min, s] = [Number(hh), Number(mm), Number(ss)];
  if (monthIndex < 0 || d < 1 || d > 31 || h > 23 || min > 59 || s > 60) return null;
  const date = new Date(Date.UTC(year, monthIndex, d, h, min, Math.min(s, 59)));
  // Rejects 31 Feb and the like, which Date.UTC would roll over.
  return date.getUTCDate() === d ? date : null;
}
