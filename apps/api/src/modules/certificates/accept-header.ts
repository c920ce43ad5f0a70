/**
 * Whether an Accept header prefers JSON to HTML (RFC 9110 §12.5.1: quality values, the most specific matching
 * range decides each type's quality, ties go to HTML). No header, or `*\/*`, is a browser-like caller: HTML.
 */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').flatMap((part) => {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    if (!range) return [];
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    return Number.isFinite(quality) ? [{ range: range.trim(), quality }] : [];
  });
  const qualityOf = (type: string): number => {
    const [main] = type.split('/');
    const match = ranges.find((r) => r.range === type) ?? ranges.find((r) => r.range === `${main}/*`) ?? ranges.find((r) => r.range === '*/*');
    return match?.quality ?? 0;
  };
  return qualityOf('application/json') > qualityOf('text/html');
}
