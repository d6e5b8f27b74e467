-- How a device sends buttons, templates and lists: native-flow interactive, a poll, or a numbered text menu.
ALTER TABLE devices ADD COLUMN interactive_style TEXT NOT NULL DEFAULT 'interactive'
  CHECK (interactive_style IN ('interactive', 'poll', 'text'));
