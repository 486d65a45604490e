// The definitions and their placeholder handling are shared with local/ (statemachines/definitions.ts).
export { expressArnPlaceholder, guardAslPath, intakeAslPath, placeholdersIn, readGuardAsl, readIntakeAsl } from '../statemachines/definitions.ts';
