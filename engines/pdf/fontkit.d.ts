/** The part of fontkit (pdfkit's own font engine, which ships no types) that engines/pdf/fonts.ts uses. */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | { fonts: Font[] };
}
