// The vocabulary that domain, services and views share, depending on nothing: a view renders these,
// a service returns them.

// A number of the desk's hotline ("đường dây nóng") as officers dial it, with what it is for.
export interface Hotline {
  label: string; // "Trực ban", "Tổ giải đáp"
  number: string; // as written for people: "069.234.5678"
}
