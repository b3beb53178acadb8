// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.862,
      "supported": 1.239,
      "outside": 1.587,
      "moves": 1.258,
      "settle": 0.724
    },
    "2017": {
      "home": 0.862,
      "supported": 1.239,
      "outside": 1.036,
      "moves": 1.271,
      "settle": 0.724
    },
    "2018": {
      "home": 0.862,
      "supported": 1.239,
      "outside": 0.834,
      "moves": 1.388,
      "settle": 0.724
    },
    "2019": {
      "home": 0.862,
      "supported": 1.239,
      "outside": 0.816,
      "moves": 1.667,
      "settle": 0.39
    },
    "2020": {
      "home": 0.862,
      "supported": 1.239,
      "outside": 1.054,
      "moves": 0.926,
      "settle": 1.09
    },
    "2021": {
      "home": 1.014,
      "supported": 0.886,
      "outside": 0.953,
      "moves": 1.423,
      "settle": 0.682
    },
    "2022": {
      "home": 0.708,
      "supported": 0.622,
      "outside": 1.323,
      "moves": 2.38,
      "settle": 0.25
    },
    "2023": {
      "home": 0.918,
      "supported": 1.056,
      "outside": 1.001,
      "moves": 1.735,
      "settle": 0.385
    },
    "2024": {
      "home": 1.073,
      "supported": 0.407,
      "outside": 1.061,
      "moves": 0.703,
      "settle": 2.061
    },
    "2025": {
      "home": 1.568,
      "supported": 1.902,
      "outside": 0.824,
      "moves": 2.292,
      "settle": 0.254
    }
  },
  "887": {
    "2016": {
      "home": 0.755,
      "supported": 1.01,
      "outside": 0.71,
      "moves": 0.647,
      "settle": 2.534
    },
    "2017": {
      "home": 0.755,
      "supported": 1.01,
      "outside": 0.99,
      "moves": 0.686,
      "settle": 2.534
    },
    "2018": {
      "home": 0.755,
      "supported": 1.01,
      "outside": 0.825,
      "moves": 0.494,
      "settle": 2.534
    },
    "2019": {
      "home": 0.755,
      "supported": 1.01,
      "outside": 0.853,
      "moves": 1.335,
      "settle": 0.478
    },
    "2020": {
      "home": 0.755,
      "supported": 1.01,
      "outside": 1.104,
      "moves": 0.723,
      "settle": 1.203
    },
    "2021": {
      "home": 1.607,
      "supported": 1.062,
      "outside": 1.01,
      "moves": 1.929,
      "settle": 0.375
    },
    "2022": {
      "home": 1.62,
      "supported": 1.26,
      "outside": 0.908,
      "moves": 2.07,
      "settle": 0.286
    },
    "2023": {
      "home": 1.599,
      "supported": 2.004,
      "outside": 1.035,
      "moves": 2.203,
      "settle": 0.25
    },
    "2024": {
      "home": 0.943,
      "supported": 0.682,
      "outside": 0.864,
      "moves": 0.358,
      "settle": 4
    },
    "2025": {
      "home": 0.925,
      "supported": 0.894,
      "outside": 1.006,
      "moves": 1.018,
      "settle": 0.656
    }
  }
};
