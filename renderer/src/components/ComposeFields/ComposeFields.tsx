// The form of the chosen message type.
import type { ComposeType, PickedFile } from '../ComposeForm/draft';
import { ButtonFields, ListFields, PollFields } from './ChoiceFields';
import { MediaFields } from './MediaFields';
import { MessageField } from './MessageField';
import { ContactFields, LocationFields } from './PlaceFields';
import { TemplateFields } from './TemplateFields';
import type { FieldGroupProps } from './types';

interface ComposeFieldsProps extends FieldGroupProps {
  type: ComposeType;
  file: PickedFile | null;
  onFile(file: PickedFile | null): void;
}

export function ComposeFields({ type, file, onFile, ...props }: ComposeFieldsProps) {
  switch (type) {
    case 'text':
      return <MessageField {...props} />;
    case 'media':
      return <MediaFields {...props} file={file} onFile={onFile} />;
    case 'buttons':
      return <ButtonFields {...props} />;
    case 'template':
      return <TemplateFields {...props} />;
    case 'list':
      return <ListFields {...props} />;
    case 'poll':
      return <PollFields {...props} />;
    case 'location':
      return <LocationFields {...props} />;
    case 'contact':
      return <ContactFields {...props} />;
  }
}
