// Location pins.
import type { OutgoingContent } from './sender';

export interface LocationInput {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

export function buildLocation(input: LocationInput): OutgoingContent {
  return {
    kind: 'content',
    content: {
      location: {
        degreesLatitude: input.latitude,
        degreesLongitude: input.longitude,
        ...(input.name ? { name: input.name } : {}),
        ...(input.address ? { address: input.address } : {}),
      },
    },
  };
}
