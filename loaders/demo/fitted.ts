// Per-LA, per-year multipliers fitted by `npx tsx loaders/demo/fit.ts` so that placement mix,
// distance and moves follow DfE's year-to-year figures. Inputs to the simulation, rewritten by the fit.
export interface YearFit { home: number; supported: number; outside: number; moves: number; settle: number; other: number }
export const FITTED: Record<string, Record<number, YearFit>> = {
  "886": {
    "2016": {
      "home": 0.939,
      "supported": 1.13,
      "outside": 1.189,
      "moves": 1.087,
      "settle": 0.81,
      "other": 1.182
    },
    "2017": {
      "home": 0.939,
      "supported": 1.13,
      "outside": 0.97,
      "moves": 1.085,
      "settle": 0.81,
      "other": 1.182
    },
    "2018": {
      "home": 0.939,
      "supported": 1.13,
      "outside": 0.799,
      "moves": 1.144,
      "settle": 0.81,
      "other": 1.182
    },
    "2019": {
      "home": 0.939,
      "supported": 1.13,
      "outside": 0.725,
      "moves": 1.253,
      "settle": 0.472,
      "other": 1.182
    },
    "2020": {
      "home": 0.939,
      "supported": 1.13,
      "outside": 0.985,
      "moves": 0.934,
      "settle": 1.046,
      "other": 1.182
    },
    "2021": {
      "home": 1.143,
      "supported": 0.96,
      "outside": 0.649,
      "moves": 1.712,
      "settle": 0.464,
      "other": 1.233
    },
    "2022": {
      "home": 0.84,
      "supported": 0.713,
      "outside": 1.049,
      "moves": 2.374,
      "settle": 0.187,
      "other": 1.798
    },
    "2023": {
      "home": 1.283,
      "supported": 1.278,
      "outside": 0.639,
      "moves": 1.659,
      "settle": 0.395,
      "other": 2.355
    },
    "2024": {
      "home": 1.69,
      "supported": 1.278,
      "outside": 0.778,
      "moves": 0.911,
      "settle": 1.455,
      "other": 2.355
    },
    "2025": {
      "home": 1.911,
      "supported": 2.054,
      "outside": 0.745,
      "moves": 1.526,
      "settle": 0.435,
      "other": 2.039
    }
  },
  "887": {
    "2016": {
      "home": 0.653,
      "supported": 0.838,
      "outside": 0.621,
      "moves": 1.44,
      "settle": 0.55,
      "other": 2.672
    },
    "2017": {
      "home": 0.653,
      "supported": 0.838,
      "outside": 0.699,
      "moves": 2.231,
      "settle": 0.55,
      "other": 2.672
    },
    "2018": {
      "home": 0.653,
      "supported": 0.838,
      "outside": 0.93,
      "moves": 1.492,
      "settle": 0.55,
      "other": 2.672
    },
    "2019": {
      "home": 0.653,
      "supported": 0.838,
      "outside": 0.992,
      "moves": 2.091,
      "settle": 0.326,
      "other": 2.672
    },
    "2020": {
      "home": 0.653,
      "supported": 0.838,
      "outside": 1.178,
      "moves": 0.716,
      "settle": 1.433,
      "other": 2.672
    },
    "2021": {
      "home": 1.523,
      "supported": 1.307,
      "outside": 1.234,
      "moves": 3.34,
      "settle": 0.203,
      "other": 1.147
    },
    "2022": {
      "home": 2.292,
      "supported": 1.559,
      "outside": 1.014,
      "moves": 2.179,
      "settle": 0.241,
      "other": 4.173
    },
    "2023": {
      "home": 1.012,
      "supported": 1.305,
      "outside": 1.076,
      "moves": 1.712,
      "settle": 0.264,
      "other": 1.194
    },
    "2024": {
      "home": 1.064,
      "supported": 0.729,
      "outside": 0.877,
      "moves": 0.521,
      "settle": 2.039,
      "other": 6.859
    },
    "2025": {
      "home": 0.694,
      "supported": 0.709,
      "outside": 1.122,
      "moves": 1.043,
      "settle": 0.729,
      "other": 1.301
    }
  }
};
