import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCountryCode } from '@assay/domain';

/** ISO 3166-1 alpha-2 (upper case); with `each`, every element of an array. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: options?.each ? 'must list ISO 3166-1 alpha-2 country codes (e.g. FR)' : 'must be an ISO 3166-1 alpha-2 country code (e.g. FR)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCountryCode(value) },
    });
}
