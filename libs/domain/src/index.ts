export * from './errors.js';
export * from './organisation.js';
export * from './taxonomy.js';
export * from './countries.js';
export * from './actor.js';
export * from './questionnaire/questionnaire.types.js';
export * from './assessment/assessment-lifecycle.js';
export * from './assessment/assessment-access.js';
