/** The main navigation: one entry per section of the site, in display order. */
export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/tools/', label: 'Tools' },
  { href: '/search/', label: 'Search' },
  { href: '/docs/api/', label: 'API' },
];
