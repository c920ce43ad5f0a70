/** class-transformer helper: surrounding spaces are never meaningful in list labels (e.g. services). */
export const trimmedEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;
