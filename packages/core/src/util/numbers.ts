// One number format for every message geokg prints: thousands separated by commas (1,244,819), as in English.
export const formatCount = (n: number): string => n.toLocaleString('en-US');
