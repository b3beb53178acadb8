// Synthetic identifiers. All are long and shaped so they cannot occur by accident in the site's
// JavaScript (the leak check scans the built site for every one of them).

export const childId = (la: string, n: number) => `D${la}C${String(n).padStart(6, "0")}`;
export const swId = (la: string, n: number) => `SW${la}X${String(n).padStart(4, "0")}`;
export const iroId = (la: string, n: number) => `IRO${la}X${String(n).padStart(3, "0")}`;
export const drnId = (la: string, n: number) => `DRN${la}X${String(n).padStart(5, "0")}`;

const UPN_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ";

/** A well-formed UPN (check letter + LA + school + year + serial) using school numbers 9000-9999, which no LA issues. */
export function upn(la: string, n: number, yearOfBirth: number): string {
  const school = String(9000 + (Math.floor(n / 1000) % 1000)).padStart(4, "0");
  const body = `${la}${school}${String((yearOfBirth + 5) % 100).padStart(2, "0")}${String(n % 1000).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[i]) * (i + 2);
  return UPN_CHECK[sum % 23]! + body;
}

const INWARD = "ABDEFGHJLNPQRSTUWXYZ";

/** A well-formed postcode in the non-existent ZZ area, so it is obviously not a real address. */
export function fakePostcode(next: () => number): string {
  const d = 1 + Math.floor(next() * 99);
  const s = Math.floor(next() * 10);
  const a = INWARD[Math.floor(next() * INWARD.length)]!;
  const b = INWARD[Math.floor(next() * INWARD.length)]!;
  return `ZZ${d} ${s}${a}${b}`;
}
