import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInput, type FieldError } from '@assay/domain';

function flatten(errors: ValidationError[], path: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = path ? `${path}.${error.property}` : error.property;
    // class-validator's default messages start with the property's name; the field already names it.
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/** NUL (PostgreSQL text cannot hold it) and unpaired UTF-16 surrogates (not text: validators throw on them). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NOT_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** The fields (dotted paths, as the validators name them) whose text no column or validator can take. */
export function malformedTextFields(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') return NOT_TEXT.test(value) ? [{ field: path, message: 'must not contain NUL characters or unpaired surrogates' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => malformedTextFields(item, `${path}.${index}`));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, inner]) => malformedTextFields(inner, `${path}.${key}`));
  return [];
}

/**
 * Validates class-typed arguments only. Under SWC the metadata of an enum-typed argument is the enum
 * object itself, which Nest's pipe would try (and fail) to validate as a class; GraphQL has already
 * checked enum values.
 */
class ClassInputValidationPipe extends ValidationPipe {
  /** Every argument, scalar ones too, is refused when its text is malformed, before any validator or SQL sees it. */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const malformed = malformedTextFields(value, metadata.data ?? 'input');
      if (malformed.length > 0) throw badInput(malformed);
    }
    return super.transform(value, metadata);
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return typeof metadata.metatype === 'function' && super.toValidate(metadata);
  }
}

/** class-validator on every input; failures answer BAD_USER_INPUT with one message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ClassInputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => badInput(flatten(errors, 'input')),
  });
}
