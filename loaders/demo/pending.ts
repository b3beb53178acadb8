// Calibration targets the demo does not yet meet within tolerance (regenerate with
// `npm run calibrate -- --write-pending` after tuning loaders/demo/params.ts). These are not
// judged impossible, only not yet reached; impossible ones are `unmeetable` in calibration-targets.csv.
export const PENDING: string[] = [];
