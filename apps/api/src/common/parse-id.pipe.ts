import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from '@assay/domain';

/**
 * Checks a top-level `ID` argument (`@Args('id', ParseIdPipe)`) before it reaches SQL, where a malformed
 * uuid would be an internal error; the field of the error is the argument's name.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw badInput([{ field: metadata.data ?? 'id', message: 'must be an id (a UUID)' }]);
    }
    return value;
  }
}
