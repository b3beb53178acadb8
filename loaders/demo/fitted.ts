// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number; other: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.869,
      "supported": 1.347,
      "outside": 1.491,
      "moves": 1.303,
      "settle": 0.693,
      "other": 1.559
    },
    "2017": {
      "home": 0.869,
      "supported": 1.347,
      "outside": 0.89,
      "moves": 1.216,
      "settle": 0.693,
      "other": 1.559
    },
    "2018": {
      "home": 0.869,
      "supported": 1.347,
      "outside": 0.729,
      "moves": 1.438,
      "settle": 0.693,
      "other": 1.559
    },
    "2019": {
      "home": 0.869,
      "supported": 1.347,
      "outside": 0.857,
      "moves": 1.605,
      "settle": 0.368,
      "other": 1.559
    },
    "2020": {
      "home": 0.869,
      "supported": 1.347,
      "outside": 1.063,
      "moves": 0.877,
      "settle": 1.244,
      "other": 1.559
    },
    "2021": {
      "home": 1.156,
      "supported": 1.02,
      "outside": 0.753,
      "moves": 1.494,
      "settle": 0.548,
      "other": 2.177
    },
    "2022": {
      "home": 0.859,
      "supported": 0.638,
      "outside": 1.234,
      "moves": 2.481,
      "settle": 0.25,
      "other": 1.543
    },
    "2023": {
      "home": 0.839,
      "supported": 1.253,
      "outside": 0.859,
      "moves": 1.968,
      "settle": 0.303,
      "other": 2.177
    },
    "2024": {
      "home": 1.149,
      "supported": 0.443,
      "outside": 0.742,
      "moves": 0.856,
      "settle": 1.354,
      "other": 4
    },
    "2025": {
      "home": 2.2,
      "supported": 3.071,
      "outside": 0.604,
      "moves": 1.991,
      "settle": 0.25,
      "other": 2.836
    }
  },
  "887": {
    "2016": {
      "home": 0.765,
      "supported": 0.908,
      "outside": 0.577,
      "moves": 0.845,
      "settle": 1.146,
      "other": 1.534
    },
    "2017": {
      "home": 0.765,
      "supported": 0.908,
      "outside": 0.66,
      "moves": 1.518,
      "settle": 1.146,
      "other": 1.534
    },
    "2018": {
      "home": 0.765,
      "supported": 0.908,
      "outside": 0.734,
      "moves": 1.013,
      "settle": 1.146,
      "other": 1.534
    },
    "2019": {
      "home": 0.765,
      "supported": 0.908,
      "outside": 0.699,
      "moves": 1.897,
      "settle": 0.386,
      "other": 1.534
    },
    "2020": {
      "home": 0.765,
      "supported": 0.908,
      "outside": 1.049,
      "moves": 0.536,
      "settle": 2.247,
      "other": 1.534
    },
    "2021": {
      "home": 1.967,
      "supported": 1.161,
      "outside": 1.083,
      "moves": 1.369,
      "settle": 0.557,
      "other": 1.291
    },
    "2022": {
      "home": 1.58,
      "supported": 1.314,
      "outside": 0.911,
      "moves": 1.649,
      "settle": 0.375,
      "other": 4
    },
    "2023": {
      "home": 0.907,
      "supported": 1.317,
      "outside": 1.041,
      "moves": 1.978,
      "settle": 0.366,
      "other": 0.84
    },
    "2024": {
      "home": 0.913,
      "supported": 0.823,
      "outside": 0.81,
      "moves": 0.542,
      "settle": 2.076,
      "other": 4
    },
    "2025": {
      "home": 0.725,
      "supported": 0.992,
      "outside": 0.881,
      "moves": 1.796,
      "settle": 0.433,
      "other": 1.985
    }
  }
};
