// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.876,
      "supported": 1.174,
      "outside": 1.664,
      "moves": 1.096,
      "settle": 0.814
    },
    "2017": {
      "home": 0.876,
      "supported": 1.174,
      "outside": 1.035,
      "moves": 1.114,
      "settle": 0.814
    },
    "2018": {
      "home": 0.876,
      "supported": 1.174,
      "outside": 0.917,
      "moves": 1.265,
      "settle": 0.814
    },
    "2019": {
      "home": 0.876,
      "supported": 1.174,
      "outside": 0.812,
      "moves": 1.444,
      "settle": 0.467
    },
    "2020": {
      "home": 0.876,
      "supported": 1.174,
      "outside": 1.021,
      "moves": 0.891,
      "settle": 1.148
    },
    "2021": {
      "home": 1.131,
      "supported": 0.936,
      "outside": 0.911,
      "moves": 1.358,
      "settle": 0.716
    },
    "2022": {
      "home": 0.756,
      "supported": 0.617,
      "outside": 1.248,
      "moves": 2.35,
      "settle": 0.25
    },
    "2023": {
      "home": 0.835,
      "supported": 1.043,
      "outside": 0.93,
      "moves": 1.421,
      "settle": 0.482
    },
    "2024": {
      "home": 1.033,
      "supported": 0.389,
      "outside": 1.053,
      "moves": 0.562,
      "settle": 2.14
    },
    "2025": {
      "home": 1.635,
      "supported": 1.767,
      "outside": 0.804,
      "moves": 1.938,
      "settle": 0.276
    }
  },
  "887": {
    "2016": {
      "home": 0.68,
      "supported": 0.87,
      "outside": 0.592,
      "moves": 0.429,
      "settle": 3.888
    },
    "2017": {
      "home": 0.68,
      "supported": 0.87,
      "outside": 0.985,
      "moves": 0.412,
      "settle": 3.888
    },
    "2018": {
      "home": 0.68,
      "supported": 0.87,
      "outside": 0.887,
      "moves": 0.368,
      "settle": 3.888
    },
    "2019": {
      "home": 0.68,
      "supported": 0.87,
      "outside": 0.762,
      "moves": 1.104,
      "settle": 0.849
    },
    "2020": {
      "home": 0.68,
      "supported": 0.87,
      "outside": 1.065,
      "moves": 0.513,
      "settle": 1.74
    },
    "2021": {
      "home": 1.341,
      "supported": 1.22,
      "outside": 0.992,
      "moves": 1.547,
      "settle": 0.401
    },
    "2022": {
      "home": 1.608,
      "supported": 1.336,
      "outside": 0.988,
      "moves": 1.888,
      "settle": 0.289
    },
    "2023": {
      "home": 1.254,
      "supported": 1.713,
      "outside": 0.974,
      "moves": 2.127,
      "settle": 0.26
    },
    "2024": {
      "home": 0.797,
      "supported": 0.665,
      "outside": 0.789,
      "moves": 0.376,
      "settle": 3.834
    },
    "2025": {
      "home": 0.717,
      "supported": 0.788,
      "outside": 0.943,
      "moves": 0.706,
      "settle": 1.297
    }
  }
};
