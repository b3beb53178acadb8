// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.877,
      "supported": 1.166,
      "outside": 1.92,
      "moves": 1.051
    },
    "2017": {
      "home": 0.877,
      "supported": 1.166,
      "outside": 1.116,
      "moves": 1.029
    },
    "2018": {
      "home": 0.877,
      "supported": 1.166,
      "outside": 0.963,
      "moves": 1.091
    },
    "2019": {
      "home": 0.877,
      "supported": 1.166,
      "outside": 0.971,
      "moves": 0.937
    },
    "2020": {
      "home": 0.877,
      "supported": 1.166,
      "outside": 1.158,
      "moves": 0.825
    },
    "2021": {
      "home": 1.024,
      "supported": 0.934,
      "outside": 1.001,
      "moves": 1.077
    },
    "2022": {
      "home": 0.785,
      "supported": 0.666,
      "outside": 1.162,
      "moves": 1.082
    },
    "2023": {
      "home": 0.904,
      "supported": 0.926,
      "outside": 0.947,
      "moves": 0.895
    },
    "2024": {
      "home": 1.082,
      "supported": 0.507,
      "outside": 0.949,
      "moves": 0.874
    },
    "2025": {
      "home": 1.356,
      "supported": 1.443,
      "outside": 0.93,
      "moves": 1.167
    }
  },
  "887": {
    "2016": {
      "home": 0.833,
      "supported": 1.058,
      "outside": 0.707,
      "moves": 0.824
    },
    "2017": {
      "home": 0.833,
      "supported": 1.058,
      "outside": 0.733,
      "moves": 1.239
    },
    "2018": {
      "home": 0.833,
      "supported": 1.058,
      "outside": 0.812,
      "moves": 0.954
    },
    "2019": {
      "home": 0.833,
      "supported": 1.058,
      "outside": 0.692,
      "moves": 0.919
    },
    "2020": {
      "home": 0.833,
      "supported": 1.058,
      "outside": 0.969,
      "moves": 0.799
    },
    "2021": {
      "home": 1.564,
      "supported": 1.174,
      "outside": 1.002,
      "moves": 0.841
    },
    "2022": {
      "home": 1.365,
      "supported": 1.287,
      "outside": 0.879,
      "moves": 0.903
    },
    "2023": {
      "home": 1.337,
      "supported": 1.142,
      "outside": 1.061,
      "moves": 1.025
    },
    "2024": {
      "home": 1.031,
      "supported": 0.672,
      "outside": 0.87,
      "moves": 0.956
    },
    "2025": {
      "home": 0.965,
      "supported": 0.868,
      "outside": 0.982,
      "moves": 0.978
    }
  }
};
