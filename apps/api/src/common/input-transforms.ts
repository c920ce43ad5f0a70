/** class-transformer `@Transform` functions shared by input types; values that are not strings pass untouched for the validators to refuse. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const normalisedEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** For optional fields that may be left out but not cleared (`null` is refused by the field's validators). */
export const isPresent = (_object: object, value: unknown) => value !== undefined;
