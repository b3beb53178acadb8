// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number; other: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.898,
      "supported": 1.085,
      "outside": 1.573,
      "moves": 0.992,
      "settle": 0.85,
      "other": 1.314
    },
    "2017": {
      "home": 0.898,
      "supported": 1.085,
      "outside": 0.937,
      "moves": 0.986,
      "settle": 0.85,
      "other": 1.314
    },
    "2018": {
      "home": 0.898,
      "supported": 1.085,
      "outside": 0.859,
      "moves": 1.234,
      "settle": 0.85,
      "other": 1.314
    },
    "2019": {
      "home": 0.898,
      "supported": 1.085,
      "outside": 0.692,
      "moves": 1.266,
      "settle": 0.435,
      "other": 1.314
    },
    "2020": {
      "home": 0.898,
      "supported": 1.085,
      "outside": 0.907,
      "moves": 0.77,
      "settle": 1.289,
      "other": 1.314
    },
    "2021": {
      "home": 1.416,
      "supported": 1.131,
      "outside": 0.592,
      "moves": 2.096,
      "settle": 0.243,
      "other": 1.566
    },
    "2022": {
      "home": 0.698,
      "supported": 0.729,
      "outside": 1.203,
      "moves": 2.315,
      "settle": 0.244,
      "other": 1.32
    },
    "2023": {
      "home": 1.08,
      "supported": 1.241,
      "outside": 0.65,
      "moves": 1.116,
      "settle": 0.72,
      "other": 2.231
    },
    "2024": {
      "home": 1.393,
      "supported": 1.241,
      "outside": 0.736,
      "moves": 0.902,
      "settle": 1.121,
      "other": 2.231
    },
    "2025": {
      "home": 1.586,
      "supported": 1.997,
      "outside": 0.768,
      "moves": 1.517,
      "settle": 0.404,
      "other": 1.388
    }
  },
  "887": {
    "2016": {
      "home": 0.583,
      "supported": 0.891,
      "outside": 0.762,
      "moves": 1.827,
      "settle": 0.504,
      "other": 1.923
    },
    "2017": {
      "home": 0.583,
      "supported": 0.891,
      "outside": 0.985,
      "moves": 2.641,
      "settle": 0.504,
      "other": 1.923
    },
    "2018": {
      "home": 0.583,
      "supported": 0.891,
      "outside": 0.595,
      "moves": 1.871,
      "settle": 0.504,
      "other": 1.923
    },
    "2019": {
      "home": 0.583,
      "supported": 0.891,
      "outside": 0.737,
      "moves": 1.589,
      "settle": 0.258,
      "other": 1.923
    },
    "2020": {
      "home": 0.583,
      "supported": 0.891,
      "outside": 1.493,
      "moves": 0.564,
      "settle": 1.989,
      "other": 1.923
    },
    "2021": {
      "home": 1.467,
      "supported": 0.887,
      "outside": 1.117,
      "moves": 2.548,
      "settle": 0.218,
      "other": 0.346
    },
    "2022": {
      "home": 1.768,
      "supported": 1.745,
      "outside": 0.958,
      "moves": 2.178,
      "settle": 0.137,
      "other": 5.033
    },
    "2023": {
      "home": 1.119,
      "supported": 1.248,
      "outside": 1.133,
      "moves": 2.665,
      "settle": 0.249,
      "other": 1.755
    },
    "2024": {
      "home": 1.066,
      "supported": 0.921,
      "outside": 0.772,
      "moves": 0.337,
      "settle": 4,
      "other": 6.894
    },
    "2025": {
      "home": 1.062,
      "supported": 0.889,
      "outside": 0.934,
      "moves": 1.631,
      "settle": 0.506,
      "other": 2.932
    }
  }
};
