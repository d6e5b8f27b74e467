-- A campaign's content becomes the one message shape of every send, OutgoingMessage (shared/outgoing-message.ts),
-- instead of its own {type, …}. Each row is rewritten into exactly the message broadcast/campaign-content.ts
-- built from it before (recipientMessage up to 020), so a campaign made before and resumed after sends the same:
--   text      {type, text}                                → {kind, text}
--   buttons   {type, text, buttons, footer}               → {kind, text, buttons, footer?}
--   template  {type, text, buttons, footer}               → {kind, text, buttons, footer?} (buttons already parsed)
--   list      {type, text, title, buttonText, sectionName, rows, footer}
--             → {kind, title, sectionName (or the title, or the button text), text, buttonText, rows, footer?}
--   media     {type, mediaType, caption, mimetype, fileName} → {kind, mediaType, file {name, mimetype}, fileName,
--             caption?}; the bytes stay in media_data.
-- An empty footer or caption was left out of the message: json_patch drops a member whose patch value is null.
UPDATE campaigns
SET content = CASE content ->> '$.type'
  WHEN 'text' THEN json_object('kind', 'text', 'text', content ->> '$.text')
  WHEN 'buttons' THEN json_patch(
    json_object('kind', 'buttons', 'text', content ->> '$.text', 'buttons', content -> '$.buttons'),
    json_object('footer', nullif(content ->> '$.footer', ''))
  )
  WHEN 'template' THEN json_patch(
    json_object('kind', 'template', 'text', content ->> '$.text', 'buttons', content -> '$.buttons'),
    json_object('footer', nullif(content ->> '$.footer', ''))
  )
  WHEN 'list' THEN json_patch(
    json_object(
      'kind', 'list',
      'title', coalesce(content ->> '$.title', ''),
      'sectionName', coalesce(
        nullif(content ->> '$.sectionName', ''),
        nullif(content ->> '$.title', ''),
        content ->> '$.buttonText'
      ),
      'text', content ->> '$.text',
      'buttonText', content ->> '$.buttonText',
      'rows', content -> '$.rows'
    ),
    json_object('footer', nullif(content ->> '$.footer', ''))
  )
  WHEN 'media' THEN json_patch(
    json_object(
      'kind', 'media',
      'mediaType', content ->> '$.mediaType',
      'file', json_object('name', content ->> '$.fileName', 'mimetype', content ->> '$.mimetype'),
      'fileName', content ->> '$.fileName'
    ),
    json_object('caption', nullif(content ->> '$.caption', ''))
  )
  ELSE content
END
WHERE json_valid(content) AND content ->> '$.type' IS NOT NULL;
