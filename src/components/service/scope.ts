// The service page's stylesheet is ServiceView's scoped <style>. Astro marks each element of
// ServiceView with its scope attribute (data-astro-cid-…) and hands that attribute to every
// component ServiceView renders as a prop, the way Astro's docs pass scoped styles to a child
// (`{...rest}`). The sections split out of ServiceView put it back on their elements, so the
// view's rules still reach them and the page is the same HTML as when they were one file.
export function viewScope(props: object): Record<string, string> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((key) => key.startsWith('data-astro-cid-'))
      .map((key) => [key, '']),
  );
}
