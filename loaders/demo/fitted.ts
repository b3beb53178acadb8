// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number; other: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.857,
      "supported": 1.087,
      "outside": 1.166,
      "moves": 0.982,
      "settle": 1.039,
      "other": 1.12
    },
    "2017": {
      "home": 0.857,
      "supported": 1.087,
      "outside": 0.916,
      "moves": 0.926,
      "settle": 1.039,
      "other": 1.12
    },
    "2018": {
      "home": 0.857,
      "supported": 1.087,
      "outside": 0.857,
      "moves": 0.971,
      "settle": 1.039,
      "other": 1.12
    },
    "2019": {
      "home": 0.857,
      "supported": 1.087,
      "outside": 0.819,
      "moves": 1.336,
      "settle": 0.518,
      "other": 1.12
    },
    "2020": {
      "home": 0.857,
      "supported": 1.087,
      "outside": 1.068,
      "moves": 0.833,
      "settle": 1.258,
      "other": 1.12
    },
    "2021": {
      "home": 1.104,
      "supported": 1.093,
      "outside": 0.68,
      "moves": 1.404,
      "settle": 0.549,
      "other": 1.623
    },
    "2022": {
      "home": 0.668,
      "supported": 0.725,
      "outside": 1.198,
      "moves": 2.701,
      "settle": 0.178,
      "other": 2.027
    },
    "2023": {
      "home": 1.091,
      "supported": 1.058,
      "outside": 0.674,
      "moves": 1.596,
      "settle": 0.465,
      "other": 1.797
    },
    "2024": {
      "home": 1.552,
      "supported": 1.058,
      "outside": 0.726,
      "moves": 0.839,
      "settle": 1.447,
      "other": 1.797
    },
    "2025": {
      "home": 2.057,
      "supported": 1.865,
      "outside": 0.66,
      "moves": 1.551,
      "settle": 0.45,
      "other": 3.272
    }
  },
  "887": {
    "2016": {
      "home": 0.52,
      "supported": 0.869,
      "outside": 0.657,
      "moves": 1.273,
      "settle": 0.624,
      "other": 2.694
    },
    "2017": {
      "home": 0.52,
      "supported": 0.869,
      "outside": 0.703,
      "moves": 1.989,
      "settle": 0.624,
      "other": 2.694
    },
    "2018": {
      "home": 0.52,
      "supported": 0.869,
      "outside": 0.792,
      "moves": 1.358,
      "settle": 0.624,
      "other": 2.694
    },
    "2019": {
      "home": 0.52,
      "supported": 0.869,
      "outside": 1.021,
      "moves": 1.678,
      "settle": 0.588,
      "other": 2.694
    },
    "2020": {
      "home": 0.52,
      "supported": 0.869,
      "outside": 1.129,
      "moves": 0.785,
      "settle": 1.33,
      "other": 2.694
    },
    "2021": {
      "home": 1.302,
      "supported": 1.021,
      "outside": 1.334,
      "moves": 3.376,
      "settle": 0.229,
      "other": 1.172
    },
    "2022": {
      "home": 1.785,
      "supported": 1.484,
      "outside": 0.943,
      "moves": 2.009,
      "settle": 0.264,
      "other": 7.646
    },
    "2023": {
      "home": 1.008,
      "supported": 1.435,
      "outside": 1.234,
      "moves": 2.302,
      "settle": 0.34,
      "other": 1.504
    },
    "2024": {
      "home": 1.1,
      "supported": 0.728,
      "outside": 0.884,
      "moves": 0.797,
      "settle": 1.408,
      "other": 5.979
    },
    "2025": {
      "home": 0.884,
      "supported": 0.803,
      "outside": 0.994,
      "moves": 1.118,
      "settle": 0.887,
      "other": 0.781
    }
  }
};
