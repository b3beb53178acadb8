// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.957,
      "supported": 1.079,
      "outside": 2.282,
      "moves": 1.14,
      "settle": 0.786
    },
    "2017": {
      "home": 0.957,
      "supported": 1.079,
      "outside": 1.143,
      "moves": 1.303,
      "settle": 0.786
    },
    "2018": {
      "home": 0.957,
      "supported": 1.079,
      "outside": 1.012,
      "moves": 1.204,
      "settle": 0.786
    },
    "2019": {
      "home": 0.957,
      "supported": 1.079,
      "outside": 1.079,
      "moves": 1.57,
      "settle": 0.438
    },
    "2020": {
      "home": 0.957,
      "supported": 1.079,
      "outside": 1.221,
      "moves": 0.878,
      "settle": 1.009
    },
    "2021": {
      "home": 1.041,
      "supported": 0.939,
      "outside": 0.927,
      "moves": 1.441,
      "settle": 0.642
    },
    "2022": {
      "home": 0.752,
      "supported": 0.61,
      "outside": 1.435,
      "moves": 2.355,
      "settle": 0.25
    },
    "2023": {
      "home": 0.92,
      "supported": 0.99,
      "outside": 1.15,
      "moves": 1.394,
      "settle": 0.541
    },
    "2024": {
      "home": 1.044,
      "supported": 0.408,
      "outside": 1.211,
      "moves": 0.534,
      "settle": 2.414
    },
    "2025": {
      "home": 1.799,
      "supported": 1.758,
      "outside": 0.919,
      "moves": 1.799,
      "settle": 0.338
    }
  },
  "887": {
    "2016": {
      "home": 0.67,
      "supported": 1.099,
      "outside": 0.624,
      "moves": 0.433,
      "settle": 3.858
    },
    "2017": {
      "home": 0.67,
      "supported": 1.099,
      "outside": 0.934,
      "moves": 0.386,
      "settle": 3.858
    },
    "2018": {
      "home": 0.67,
      "supported": 1.099,
      "outside": 0.803,
      "moves": 0.371,
      "settle": 3.858
    },
    "2019": {
      "home": 0.67,
      "supported": 1.099,
      "outside": 0.68,
      "moves": 0.808,
      "settle": 1.264
    },
    "2020": {
      "home": 0.67,
      "supported": 1.099,
      "outside": 1.042,
      "moves": 0.564,
      "settle": 2.477
    },
    "2021": {
      "home": 1.671,
      "supported": 1.076,
      "outside": 0.96,
      "moves": 1.366,
      "settle": 0.581
    },
    "2022": {
      "home": 1.777,
      "supported": 1.331,
      "outside": 0.921,
      "moves": 1.662,
      "settle": 0.381
    },
    "2023": {
      "home": 1.545,
      "supported": 1.452,
      "outside": 1.008,
      "moves": 1.743,
      "settle": 0.377
    },
    "2024": {
      "home": 0.963,
      "supported": 0.574,
      "outside": 0.834,
      "moves": 0.415,
      "settle": 2.299
    },
    "2025": {
      "home": 0.863,
      "supported": 0.684,
      "outside": 1.078,
      "moves": 0.888,
      "settle": 1.007
    }
  }
};
