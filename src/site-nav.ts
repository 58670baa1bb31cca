/** The main navigation: one entry per section of the site, in display order. */
export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/tools/', label: 'Tools' },
  { href: '/models/', label: 'Models' },
  { href: '/datasets/', label: 'Datasets' },
  { href: '/benchmarks/', label: 'Benchmarks' },
  { href: '/costs/', label: 'Costs' },
  { href: '/demos/', label: 'Demos' },
  { href: '/inspect/', label: 'Inspect' },
  { href: '/search/', label: 'Search' },
  { href: '/docs/api/', label: 'API' },
  { href: '/docs/events/', label: 'Webhooks' },
];
