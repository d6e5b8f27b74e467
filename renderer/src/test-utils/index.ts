// What a component test imports: Testing Library's queries, user-event, the app-wrapped render, the fake bridge.
export { act, screen, waitFor, within } from '@testing-library/react';
export { default as userEvent } from '@testing-library/user-event';
export { render } from './render';
export { answer, invoked } from './test-bridge';
