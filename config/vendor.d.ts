// norway-postal-codes ships no typings: its main module exports Posten's postcodes, code to place.
declare module 'norway-postal-codes' {
  const postalCodes: Readonly<Record<string, string>>;
  export default postalCodes;
}
