import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { NOT_STORABLE_TEXT, badInput, unstorableTextPaths, type FieldError } from '@assay/domain';

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

/** The fields (dotted paths, as the validators name them) whose text no column or validator can take. */
export function malformedTextFields(value: unknown, path: string): FieldError[] {
  return unstorableTextPaths(value, path).map((field) => ({ field, message: NOT_STORABLE_TEXT }));
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
