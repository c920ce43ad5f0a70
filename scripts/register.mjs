// Runs TypeScript sources directly under Node's ESM loader, with decorator metadata (Nest DI needs it)
// and the tsconfig path aliases (@assay/*), compiled by SWC.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('@swc-node/register/esm', pathToFileURL('./'));
