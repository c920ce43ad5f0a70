import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldError } from '@assay/domain';

function flatten(errors: ValidationError[], path: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = path ? `${path}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/** class-validator on every input; failures answer BAD_USER_INPUT with one message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => badInput(flatten(errors, 'input')),
  });
}
