// The pieces of a preview bubble: media header, poll, location pin, contact card, buttons under the bubble.
import { Avatar, Group, Stack, Text } from '@mantine/core';
import {
  IconArrowBackUp,
  IconExternalLink,
  IconFile,
  IconList,
  IconMapPin,
  IconMicrophone,
  IconMusic,
  IconPhone,
  IconPhoto,
  IconVideo,
} from '@tabler/icons-react';
import { useState } from 'react';
import classes from './ComposePreview.module.css';
import type { PreviewModel } from './preview-model';

export function MediaHeader({ media }: { media: NonNullable<PreviewModel['media']> }) {
  const [broken, setBroken] = useState(false);
  if (media.kind === 'image' && media.src && !broken)
    return (
      <img className={classes.media} src={media.src} alt={media.name ?? ''} onError={() => setBroken(true)} />
    );
  const Icon = {
    image: IconPhoto,
    video: IconVideo,
    audio: media.ppt ? IconMicrophone : IconMusic,
    document: IconFile,
  }[media.kind];
  return (
    <div className={classes.tile} data-testid="preview-media">
      <Icon size={28} stroke={1.5} />
      <Text size="sm" truncate="end">
        {media.name || media.kind}
      </Text>
    </div>
  );
}

export function PollCard({ poll }: { poll: NonNullable<PreviewModel['poll']> }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
        {poll.question}
      </Text>
      {poll.options.map((option, index) => (
        <div className={classes.option} key={index}>
          <span className={classes.radio} data-multi={poll.multi || undefined} />
          <Text size="sm">{option}</Text>
        </div>
      ))}
    </Stack>
  );
}

export function LocationCard({ location }: { location: NonNullable<PreviewModel['location']> }) {
  return (
    <div className={classes.tile}>
      <IconMapPin size={32} stroke={1.5} color="var(--mantine-color-red-6)" />
      <div>
        {location.name && (
          <Text size="sm" fw={600}>
            {location.name}
          </Text>
        )}
        {location.address && <Text size="xs">{location.address}</Text>}
        <Text size="xs" c="dimmed">
          {location.coords}
        </Text>
      </div>
    </div>
  );
}

export function ContactCard({ contact }: { contact: NonNullable<PreviewModel['contact']> }) {
  return (
    <Group gap="sm" wrap="nowrap" className={classes.tile}>
      <Avatar radius="xl" color="wa" name={contact.name || '?'} />
      <div>
        <Text size="sm" fw={600}>
          {contact.name}
        </Text>
        {contact.organization && <Text size="xs">{contact.organization}</Text>}
        <Text size="xs" c="dimmed">
          {contact.phone}
        </Text>
      </div>
    </Group>
  );
}

const underIcon = { reply: IconArrowBackUp, call: IconPhone, url: IconExternalLink, list: IconList };

export function UnderButton({ icon, label }: { icon: keyof typeof underIcon; label: string }) {
  const Icon = underIcon[icon];
  return (
    <div className={classes.under} data-testid="preview-button">
      <Icon size={16} />
      {label}
    </div>
  );
}
