// POST|GET /send-location: a map pin.
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { numberBetween, optionalText } from './rules';

export const sendLocationParams = defineParams((region) => ({
  ...sendFields(region),
  latitude: numberBetween(-90, 90, { description: 'Latitude in degrees.', example: -6.2 }),
  longitude: numberBetween(-180, 180, { description: 'Longitude in degrees.', example: 106.816666 }),
  name: optionalText({ max: 256, description: 'Name of the place.', example: 'Monas' }),
  address: optionalText({
    max: 1024,
    description: 'Address shown under the name.',
    example: 'Jakarta Pusat',
  }),
  ...sendExtras(),
}));
export type SendLocationParams = ParamsOf<typeof sendLocationParams>;
