// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPhrasings, PhrasingEditor } from '@/components/options/PhrasingEditor';
import type { Criterion } from '@/utils/schema';

afterEach(cleanup);

function Harness({ start }: { start: Criterion }) {
  const [criterion, setCriterion] = useState(start);
  return (
    <PhrasingEditor
      criterion={criterion}
      profileLanguage="sv"
      onChange={(phrasings) => setCriterion({ ...criterion, phrasings })}
    />
  );
}

const forklift: Criterion = { id: 'c1', label: 'Truckkort', category: 'education', requirement: 'must' };

describe('profile editor: wording in letters', () => {
  it('shows the sentence each phrasing will appear in, live, in the chosen language', () => {
    render(<Harness start={forklift} />);
    const sought = screen.getByTestId('phrasing-sought') as HTMLInputElement;
    const preview = () => screen.getByTestId('phrasing-sought-preview').textContent ?? '';
    expect(preview()).toContain('…');
    fireEvent.change(sought, { target: { value: 'någon med truckkort A och B' } });
    expect(preview()).toMatch(/någon med truckkort A och B, och där räckte din bakgrund inte till/);
    fireEvent.change(screen.getByTestId('phrasing-lacking'), { target: { value: 'truckkort A och B' } });
    expect(screen.getByTestId('phrasing-lacking-preview').textContent).toContain(
      'Det som saknades i förhållande till kravprofilen var truckkort A och B.',
    );
    // Another language: its own sentence, empty until written, with a name field for the label there.
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'de' } });
    expect(preview()).toMatch(/^Gesucht haben wir …/);
    expect((screen.getByTestId('phrasing-sought') as HTMLInputElement).value).toBe('');
    expect(screen.getAllByRole('textbox')).toHaveLength(3);
  });

  it('saves only what was written: trimmed, without empty fields or languages', () => {
    expect(
      cleanPhrasings({
        sv: { sought: '  någon med truckkort  ', lacking: ' ', label: '' },
        de: { sought: '', lacking: '' },
      }),
    ).toEqual({ sv: { sought: 'någon med truckkort' } });
    expect(cleanPhrasings({ en: {} })).toBeUndefined();
    expect(cleanPhrasings(undefined)).toBeUndefined();
  });
});
