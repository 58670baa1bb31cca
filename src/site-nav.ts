/** The main navigation: one entry per section of the site, in display order. */
export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/tools/', label: 'Tools' },
  { href: '/hardware/', label: 'Hardware' },
  { href: '/models/', label: 'Models' },
  { href: '/datasets/', label: 'Datasets' },
  { href: '/benchmarks/', label: 'Benchmarks' },
  { href: '/costs/', label: 'Costs' },
  { href: '/demos/', label: 'Demos' },
  { href: '/inspect/', label: 'Inspect' },
  { href: '/docs/api/', label: 'API' },
];

/** Secondary links, in the footer: pages reached from elsewhere too (the header has a search box). */
export const FOOTER_ITEMS: NavItem[] = [
  { href: '/search/', label: 'Search' },
  { href: '/docs/api/', label: 'API reference' },
  { href: '/docs/events/', label: 'Webhook events' },
  { href: '/docs/mlflow/', label: 'MLflow' },
  { href: '/api/openapi.json', label: 'OpenAPI' },
];
