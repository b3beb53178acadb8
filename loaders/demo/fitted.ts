// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number; other: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.849,
      "supported": 1.079,
      "outside": 1.171,
      "moves": 0.994,
      "settle": 0.977,
      "other": 1.038
    },
    "2017": {
      "home": 0.849,
      "supported": 1.079,
      "outside": 0.95,
      "moves": 0.957,
      "settle": 0.977,
      "other": 1.038
    },
    "2018": {
      "home": 0.849,
      "supported": 1.079,
      "outside": 0.881,
      "moves": 1.029,
      "settle": 0.977,
      "other": 1.038
    },
    "2019": {
      "home": 0.849,
      "supported": 1.079,
      "outside": 0.856,
      "moves": 1.345,
      "settle": 0.514,
      "other": 1.038
    },
    "2020": {
      "home": 0.849,
      "supported": 1.079,
      "outside": 1.077,
      "moves": 0.868,
      "settle": 1.221,
      "other": 1.038
    },
    "2021": {
      "home": 1.036,
      "supported": 1.069,
      "outside": 0.708,
      "moves": 1.444,
      "settle": 0.522,
      "other": 1.619
    },
    "2022": {
      "home": 0.682,
      "supported": 0.718,
      "outside": 1.221,
      "moves": 2.687,
      "settle": 0.184,
      "other": 1.906
    },
    "2023": {
      "home": 1.082,
      "supported": 1.105,
      "outside": 0.651,
      "moves": 1.612,
      "settle": 0.456,
      "other": 1.639
    },
    "2024": {
      "home": 1.551,
      "supported": 1.105,
      "outside": 0.741,
      "moves": 0.832,
      "settle": 1.49,
      "other": 1.639
    },
    "2025": {
      "home": 1.952,
      "supported": 1.814,
      "outside": 0.695,
      "moves": 1.51,
      "settle": 0.454,
      "other": 2.674
    }
  },
  "887": {
    "2016": {
      "home": 0.502,
      "supported": 0.912,
      "outside": 0.649,
      "moves": 1.281,
      "settle": 0.624,
      "other": 2.67
    },
    "2017": {
      "home": 0.502,
      "supported": 0.912,
      "outside": 0.739,
      "moves": 2.038,
      "settle": 0.624,
      "other": 2.67
    },
    "2018": {
      "home": 0.502,
      "supported": 0.912,
      "outside": 0.815,
      "moves": 1.318,
      "settle": 0.624,
      "other": 2.67
    },
    "2019": {
      "home": 0.502,
      "supported": 0.912,
      "outside": 0.913,
      "moves": 1.929,
      "settle": 0.454,
      "other": 2.67
    },
    "2020": {
      "home": 0.502,
      "supported": 0.912,
      "outside": 1.128,
      "moves": 0.74,
      "settle": 1.365,
      "other": 2.67
    },
    "2021": {
      "home": 1.144,
      "supported": 1.089,
      "outside": 1.255,
      "moves": 3.13,
      "settle": 0.217,
      "other": 0.952
    },
    "2022": {
      "home": 1.71,
      "supported": 1.422,
      "outside": 0.987,
      "moves": 2.269,
      "settle": 0.251,
      "other": 6.32
    },
    "2023": {
      "home": 1.007,
      "supported": 1.312,
      "outside": 1.24,
      "moves": 2.322,
      "settle": 0.336,
      "other": 1.352
    },
    "2024": {
      "home": 1.115,
      "supported": 0.755,
      "outside": 0.851,
      "moves": 0.74,
      "settle": 1.613,
      "other": 5.99
    },
    "2025": {
      "home": 0.8,
      "supported": 0.854,
      "outside": 1.034,
      "moves": 1.106,
      "settle": 0.854,
      "other": 0.975
    }
  }
};
