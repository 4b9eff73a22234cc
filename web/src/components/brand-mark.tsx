/**
 * The app's mark (same drawing as public/icons/icon.svg), inlined so the login
 * page and the header paint it without a request and without the separate
 * document an `<img src=…svg>` costs the browser. Decorative: hidden from
 * assistive technology; the text next to it names the app.
 */
export function BrandMark({ size }: { size: number }) {
  return (
    <svg class="brand-mark" viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="100" height="100" rx="20" fill="#1f4e8c" />
      <circle cx="50" cy="38.2" r="14.4" fill="#fff" />
      <path d="M22.2 82a27.8 23 0 0 1 55.6 0z" fill="#fff" />
      <circle cx="75" cy="25" r="6.2" fill="#f5b72e" />
    </svg>
  );
}
