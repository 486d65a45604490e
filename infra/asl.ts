// The definitions and their placeholder handling are shared with local/ (statemachines/definitions.ts).
export { intakeAslPath, placeholdersIn, readIntakeAsl } from '../statemachines/definitions.ts';
