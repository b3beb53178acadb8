// The simulated world: one record per child, with everything the extracts are written from.
import type {Day} from "./dates.js";

export type Fate =
  | "adopted" | "sgo" | "cao" | "returned_home" | "other"
  | "age_18" | "uasc_18" | "transfer" | "age_assessed";

export interface LegalChange { date: Day; ls: string }

export interface Placement {
  start: Day;
  place: string;
  provider: string;       // blank for temporary placements
  post: string;
  urn: string;
  distance: number | null;
  plLa: string;
  location: "IN" | "OUT";
  rne?: "P" | "T";        // T: same carer, new placement type (foster carers adopting)
  reason: string;         // REASON_PLACE_CHANGE for a move; blank for the first placement
}

export interface Episode {
  decom: Day; dec: Day | null; rne: string; ls: string; cin: string;
  placement: Placement; rec: string | null;
}

export interface Review { date: Day; code: string }
export interface SwEpisode { id: string; start: Day; end: Day | null; reason: string }
export interface IroAllocation { iro: string; start: Day; end: Day | null; fte: number }
export interface Missing { kind: "M" | "A"; start: Day; end: Day }

export interface Child {
  id: string;
  la: string;
  sex: "M" | "F";
  dob: Day;
  ethnic: string;
  upn: string;
  mother: "" | "0" | "1";
  mcDob: Day | null;
  uasc: boolean;
  cin: string;
  homePost: string;         // blank when unknown (UASC)
  farHome: boolean;         // family lives far from the LA, so even an in-area placement is distant
  entry: Day;
  entryLs: string;
  legal: LegalChange[];     // the plan of legal statuses from entry (cut at exit)
  exit: Day | null;         // null = still looked after at the end of the simulation
  fate: Fate | null;
  rec: string | null;
  instability: number;
  swStability: number;      // latent: multiplies the length of this child's social worker allocations
  adoptionPlacement: Day | null;  // placed for adoption before the end, adopted after it      // latent: how prone this child's placements are to break down
  episodes: Episode[];
  reviews: Review[];
  sw: SwEpisode[];
  iro: IroAllocation[];
  missing: Missing[];
}

export interface Drn {
  id: string; child: string | null; iro: string; raised: Day;
  label: string; stage: number; resolved: Day | null; cafcass: boolean;
}

export interface LaWorld { la: string; children: Child[]; drns: Drn[] }
