// Apply a saved theme before first paint (no flash); without JS the system theme applies.
// A file rather than an inline script, so the Content-Security-Policy needs no hash (src/lib/security-headers.ts).
try {
  const saved = localStorage.getItem('hub-theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch {}
