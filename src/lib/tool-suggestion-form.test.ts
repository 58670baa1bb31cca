import { describe, expect, it } from 'vitest';
import { formFieldOf, parseAccessSteps, suggestionFromForm } from './tool-suggestion-form';

describe('parseAccessSteps', () => {
  it('attaches "$ " lines as the command of the step above', () => {
    expect(parseAccessSteps('Log in\n$ ssh host\n\nThen run\n$ make\n$ orphan')).toEqual([
      { text: 'Log in', command: 'ssh host' },
      { text: 'Then run', command: 'make' },
      { text: 'Run this command.', command: 'orphan' },
    ]);
  });
});

describe('suggestionFromForm', () => {
  it('builds the API body from form fields, dropping empty links', () => {
    const form = new URLSearchParams(
      'name=+X+&summary=S&categories=library&categories=community&accessSteps=Go&homepage=&docs=https://d&suggestedBy=me',
    );
    expect(suggestionFromForm(form)).toEqual({
      name: 'X',
      summary: 'S',
      description: '',
      categories: ['library', 'community'],
      experiments: [],
      accessSteps: [{ text: 'Go' }],
      links: { docs: 'https://d' },
      suggestedBy: 'me',
    });
  });

  it('maps API error paths back to form fields', () => {
    expect(formFieldOf('links.docs')).toBe('docs');
    expect(formFieldOf('accessSteps.0.text')).toBe('accessSteps');
    expect(formFieldOf('')).toBe('name');
  });
});
