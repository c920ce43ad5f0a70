import 'reflect-metadata';
import { ErrorCode } from '@assay/domain';
import { LoginInput } from '../modules/auth/dto/auth.input.js';
import { CreateWorkingGroupInput } from '../modules/working-groups/dto/working-group.input.js';
import { createValidationPipe, malformedTextFields } from './validation.pipe.js';

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; fields: { field: string; message: string }[] }> {
  try {
    await run();
  } catch (error) {
    const { code, details } = error as { code: string; details: { fields: { field: string; message: string }[] } };
    return { code, fields: details.fields };
  }
  throw new Error('expected a refusal');
}

describe('validation pipe: text that no column or validator can take', () => {
  const pipe = createValidationPipe();
  const NOT_TEXT = 'must not contain NUL characters or unpaired surrogates';

  it('refuses a NUL character in a field of an input, naming the field (PostgreSQL text cannot hold it)', async () => {
    const refused = await refusal(() => pipe.transform({ name: 'Group\u0000one' }, { type: 'body', metatype: CreateWorkingGroupInput, data: 'input' }));
    expect(refused).toEqual({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'input.name', message: NOT_TEXT }] });
  });

  it('refuses an unpaired surrogate where the email validator would throw instead of answering', async () => {
    const refused = await refusal(() => pipe.transform({ email: 'lone \uD800@example.org', password: 'x' }, { type: 'body', metatype: LoginInput, data: 'input' }));
    expect(refused.fields).toEqual([{ field: 'input.email', message: NOT_TEXT }]);
  });

  it('checks scalar arguments too, which no class validates', async () => {
    const refused = await refusal(() => pipe.transform('F\u0000', { type: 'body', metatype: String, data: 'country' }));
    expect(refused.fields).toEqual([{ field: 'country', message: NOT_TEXT }]);
  });

  it('names items of lists by their index, and a low surrogate alone as well as a high one', () => {
    expect(malformedTextFields({ answers: [{ comment: 'fine' }, { comment: '\uDC00 alone' }] }, 'input')).toEqual([{ field: 'input.answers.1.comment', message: NOT_TEXT }]);
  });

  it('lets well-formed unicode through: emoji (surrogate pairs), right-to-left marks, zero-width and combining characters', async () => {
    const name = 'Groupe 👩🏽‍💻 \u202Eabc\u202C zero\u200Bwidth e\u0301';
    expect(malformedTextFields({ name, list: ['🇫🇷'] }, 'input')).toEqual([]);
    await expect(pipe.transform({ name }, { type: 'body', metatype: CreateWorkingGroupInput, data: 'input' })).resolves.toMatchObject({ name });
  });
});
