// WhatsApp's error code of a failed IQ query. Baileys throws a Boom whose `data` is the <error code="…"> of the
// answer (WABinary/generic-utils.js assertNodeErrorFree); its HTTP-like statusCode is always 500.
export const waErrorCodeOf = (error: unknown): number | undefined => {
  const data = (error as { data?: unknown } | null)?.data;
  return typeof data === 'number' ? data : undefined;
};
