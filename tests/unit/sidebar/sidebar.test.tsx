// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { LOCALES } from '@/utils/feedback';
import { context, FakeHost, fakeData } from './helpers';

afterEach(cleanup);

const preview = () => screen.getByTestId('feedback-preview');
const rows = () => screen.getAllByTestId('criterion-row');
const profileSelect = () => screen.getByTestId('profile-select') as HTMLSelectElement;

async function open(options: { host?: FakeHost | null; settings?: Parameters<typeof fakeData>[0] } = {}) {
  const data = fakeData(options.settings);
  const host = options.host === undefined ? new FakeHost() : options.host;
  const view = render(<Sidebar data={data} host={host} uiLanguage="en" />);
  await screen.findByTestId('profile-select');
  return { data, host, view };
}

function row(label: RegExp) {
  const found = rows().find((r) => label.test(r.textContent ?? ''));
  if (!found) throw new Error(`no criterion row ${label}`);
  return found;
}

function mark(label: RegExp, outcome: 'met' | 'partial' | 'missing' | 'not-assessed') {
  const radio = row(label).querySelector(`input[type=radio][value="${outcome}"]`);
  if (!radio) throw new Error('no radio');
  fireEvent.click(radio);
}

describe('sidebar: suggestion and placeholders', () => {
  it('suggests the profile from the draft subject and fills the candidate from the recipient', async () => {
    const host = new FakeHost();
    host.setContext(context({ subject: 'Backend developer – your application', recipientName: 'Lee, Sam' }));
    await open({ host, settings: { company: 'Example Co', senderName: 'Alex' } });
    expect(profileSelect().value).toBe('builtin-backend-developer-en');
    expect(screen.getByTestId('profile-hint').textContent).toContain('Backend developer');
    expect(preview().textContent).toContain('Dear Sam,');
    expect(preview().textContent).toContain('Example Co');
    expect(preview().textContent).toContain('Alex');
    expect(preview().querySelector('mark.missing')).toBeNull();
  });

  it('marks values that are still missing, and the missing list leads to the field', async () => {
    const host = new FakeHost();
    host.setContext(context({ recipientName: '', greetingName: '' }));
    await open({ host });
    const gaps = [...preview().querySelectorAll('mark.missing')].map((m) => m.getAttribute('data-missing'));
    expect(gaps).toEqual(expect.arrayContaining(['candidate', 'sender']));
    const list = screen.getByTestId('missing-values');
    fireEvent.click(within(list).getByRole('button', { name: "Candidate's name" }));
    const field = screen.getByLabelText("Candidate's name") as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'Robin' } });
    expect(preview().textContent).toContain('Robin');
    expect(
      [...preview().querySelectorAll('mark.missing')].map((m) => m.getAttribute('data-missing')),
    ).not.toContain('candidate');
  });

  it('leaves out its own greeting when the draft already greets the candidate', async () => {
    const host = new FakeHost();
    host.setContext(context({ greetingName: 'Sam' }));
    await open({ host });
    expect(preview().querySelector('[data-section="greeting"]')).toBeNull();
    expect(preview().textContent).not.toMatch(/^(Dear|Hi) /);
  });

  it('suggests the same built-in role in the draft language when the subject is in English', async () => {
    const host = new FakeHost();
    host.setContext(context({ lang: 'nb', subject: 'Your application – Backend Developer (ref. 2025-114)' }));
    await open({ host });
    expect(profileSelect().value).toBe('builtin-backend-developer-nb');
  });

  it('uses the draft language and follows a language change with the sibling profile', async () => {
    const host = new FakeHost();
    host.setContext(context({ lang: 'sv', subject: 'Backendutvecklare' }));
    await open({ host });
    expect(profileSelect().value).toBe('builtin-backend-developer-sv');
    expect(preview().getAttribute('lang')).toBe('sv');
    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'da' } });
    expect(profileSelect().value).toBe('builtin-backend-developer-da');
    expect(preview().getAttribute('lang')).toBe('da');
  });
});

describe('sidebar: outcomes, wordings, sections', () => {
  it('updates the preview when outcomes and notes change', async () => {
    const host = new FakeHost();
    host.setContext(context());
    await open({ host });
    expect(preview().textContent).not.toMatch(/REST or GraphQL/i);
    mark(/REST or GraphQL/, 'missing');
    // One criterion reads through the profile's own phrasing, not as a label slotted into a frame.
    expect(preview().textContent).toContain('someone who has designed and documented REST or GraphQL APIs');
    expect(row(/REST or GraphQL/).getAttribute('data-outcome')).toBe('missing');
    const note = within(row(/REST or GraphQL/)).getByLabelText('Note (optional)');
    fireEvent.change(note, { target: { value: 'no public API work yet' } });
    expect(preview().textContent).toContain('No public API work yet.');
    mark(/REST or GraphQL/, 'not-assessed');
    expect(preview().textContent).not.toContain('No public API work yet');
  });

  it('every criterion row has the four outcome radios in a fieldset with a legend', async () => {
    await open();
    for (const r of rows()) {
      const fieldset = r.querySelector('fieldset');
      expect(fieldset?.querySelector('legend')?.textContent).toBeTruthy();
      const values = [...r.querySelectorAll('input[type=radio]')].map((i) => (i as HTMLInputElement).value);
      expect(values).toEqual(['met', 'partial', 'missing', 'not-assessed']);
    }
  });

  it('cycles through the alternatives of one sentence and wraps around', async () => {
    await open();
    const decision = () => preview().querySelector('[data-key="decision"]') as HTMLElement;
    const first = decision().textContent;
    const seen = new Set([first]);
    const button = () => within(decision()).getByRole('button', { name: /Another wording for:/ });
    const count = Number(/of (\d+)/.exec(button().getAttribute('title') ?? '')?.[1]);
    expect(count).toBeGreaterThan(1);
    for (let i = 1; i < count; i++) {
      fireEvent.click(button());
      seen.add(decision().textContent);
    }
    expect(seen.size).toBe(count);
    fireEvent.click(button());
    expect(decision().textContent).toBe(first);
  });

  it('adds the optional sections, with the information-right note only for sv and nb', async () => {
    await open({ settings: { processFeedbackUrl: 'https://example.com/survey' } });
    fireEvent.click(screen.getByLabelText('What the candidates we went on with had'));
    expect(screen.queryByTestId('information-right-note')).toBeNull();
    fireEvent.change(screen.getByLabelText(/What they had/), {
      target: { value: 'five years of Go in production' },
    });
    fireEvent.click(screen.getByLabelText('A tip for next time'));
    fireEvent.change(screen.getByLabelText(/^Tip/), { target: { value: 'show a project with tests' } });
    fireEvent.click(screen.getByLabelText('Offer a place in the talent network'));
    fireEvent.click(screen.getByLabelText('Invite them to call'));
    fireEvent.change(screen.getByLabelText('Phone number (optional)'), {
      target: { value: '+46 8 555 010 00' },
    });
    fireEvent.click(screen.getByLabelText('Ask for feedback on the recruitment process'));
    const text = preview().textContent ?? '';
    expect(text).toContain('five years of Go in production');
    expect(text).toContain('show a project with tests');
    expect(text).toMatch(/12 months/);
    expect(text).toContain('+46 8 555 010 00');
    expect(preview().querySelector('a[href="https://example.com/survey"]')).not.toBeNull();
    const done = screen
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('data-done') === 'true')
      .map((li) => li.getAttribute('data-item'));
    expect(done).toEqual(expect.arrayContaining(['thanks', 'decision', 'comparison', 'tip', 'next-step']));
    expect(done).not.toContain('job-related-reason');

    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'sv' } });
    // Nobody has been hired before the final round: no right to speak of yet.
    expect(screen.queryByTestId('information-right-note')).toBeNull();
    expect(preview().textContent).not.toContain(LOCALES.sv.informationRight);
    fireEvent.change(screen.getByTestId('stage-select'), { target: { value: 'final' } });
    fireEvent.click(screen.getByTestId('tab-feedback'));
    expect(screen.getByLabelText('What the person hired had')).toBeTruthy();
    expect(screen.getByTestId('information-right-note').textContent).toMatch(/Sweden and Norway/);
    expect(preview().textContent).toContain(LOCALES.sv.informationRight);
  });
});

describe('sidebar: views by stage', () => {
  it('selects "Prepare a call" for interview and final, and answers the three questions from the outcomes', async () => {
    await open();
    expect(screen.getByTestId('tab-feedback').getAttribute('aria-selected')).toBe('true');
    mark(/REST or GraphQL/, 'missing');
    mark(/three years/, 'met');
    fireEvent.change(screen.getByTestId('stage-select'), { target: { value: 'interview' } });
    expect(screen.getByTestId('tab-call').getAttribute('aria-selected')).toBe('true');
    const points = screen.getByTestId('talking-points').textContent ?? '';
    expect(points).toContain('What did I lack compared with the person you hired?');
    expect(points).toContain('What should I do differently next time?');
    expect(points).toContain('What impression did I give?');
    expect(points).toMatch(/What was missing: Designing and documenting REST/);
    expect(points).toMatch(/Strengths: At least three years/);
    fireEvent.change(screen.getByTestId('stage-select'), { target: { value: 'application' } });
    expect(screen.getByTestId('tab-feedback').getAttribute('aria-selected')).toBe('true');
  });

  it('opens on the call view when the default stage is final', async () => {
    await open({ settings: { defaultStage: 'final' } });
    expect(screen.getByTestId('tab-call').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('talking-points')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    await open();
    const tab = screen.getByTestId('tab-feedback');
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(screen.getByTestId('tab-call').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('tab-call'), { key: 'End' });
    expect(screen.getByTestId('tab-manager').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('tab-manager'));
  });

  it('composes the hiring-manager request listing every criterion', async () => {
    const opened: string[] = [];
    const host = new FakeHost();
    host.setContext(context({ site: 'outlook' }));
    const data = fakeData();
    render(<Sidebar data={data} host={host} uiLanguage="en" openUrl={(u) => opened.push(u)} />);
    await screen.findByTestId('profile-select');
    fireEvent.click(screen.getByTestId('tab-manager'));
    fireEvent.change(screen.getByLabelText(/Hiring manager's first name/), { target: { value: 'Kim' } });
    const request = screen.getByTestId('manager-request').textContent ?? '';
    expect(request).toContain('Hi Kim,');
    for (const r of rows()) {
      const label = r.querySelector('.criterion-label')?.textContent ?? '';
      expect(request).toContain(label);
    }
    fireEvent.click(screen.getByTestId('manager-new-draft'));
    expect(opened[0]).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?subject=/);
    expect(decodeURIComponent(opened[0] ?? '')).toContain('Hi Kim,');
  });
});

describe('sidebar: insert, close, quick profile', () => {
  it('sends the sanitised HTML and plain text through the host, then reports success', async () => {
    const host = new FakeHost();
    host.setContext(context({ greetingName: 'Sam' }));
    await open({ host, settings: { senderName: 'Alex' } });
    mark(/REST or GraphQL/, 'missing');
    fireEvent.click(screen.getByTestId('insert-feedback'));
    await waitFor(() =>
      expect(screen.getByTestId('builder-status').getAttribute('data-status')).toBe('inserted'),
    );
    expect(host.inserts).toHaveLength(1);
    const sent = host.inserts[0];
    // (HTML structure and sanitising are checked under jsdom in render.test.ts: DOMPurify needs a real DOM.)
    expect(sent?.html).toContain('designed and documented REST or GraphQL APIs');
    expect(sent?.text).toContain('designed and documented REST or GraphQL APIs');
    expect(sent?.text).not.toContain('<');
    expect(sent?.text).not.toMatch(/^Dear Sam/);
  });

  it('does not repeat the greeting, thanks or sign-off the draft already has; each is a checkbox', async () => {
    const host = new FakeHost();
    host.setContext(
      context({
        greetingName: 'Sam',
        ownText:
          'Hi Sam,\n\nThank you for your application. Unfortunately we have decided to move forward with other candidates.',
        senderName: '',
        hasSignature: true,
        analysis: {
          lang: 'en',
          verdict: 'generic-rejection',
          score: 10,
          checklist: {
            thanks: true,
            decision: true,
            reason: false,
            comparison: false,
            tip: false,
            nextStep: false,
          },
          flags: [],
        },
      }),
    );
    await open({ host, settings: { senderName: '' } });
    mark(/REST or GraphQL/, 'missing');
    const greeting = screen.getByLabelText(/^Include greeting/) as HTMLInputElement;
    const thanks = screen.getByLabelText(/^Include thanks/) as HTMLInputElement;
    const signOff = screen.getByLabelText(/^Include sign-off/) as HTMLInputElement;
    expect([greeting.checked, thanks.checked, signOff.checked]).toEqual([false, false, false]);
    expect(screen.getByTestId('letter-parts').textContent).toContain('(already in the draft)');
    fireEvent.click(screen.getByTestId('insert-feedback'));
    await waitFor(() => expect(host.inserts).toHaveLength(1));
    const text = host.inserts[0]?.text ?? '';
    expect(text).toMatch(/^We /);
    expect(text).not.toMatch(/Thank you|Kind regards|\[sender\]/);
    // The draft signs but has no closing line: the letter still ends warmly, not on its reason.
    expect(text).toMatch(/\n\nGood luck!$/);
    // Turned back on without a known sender: the visible gap is the contract.
    fireEvent.click(signOff);
    fireEvent.click(thanks);
    expect(
      preview().querySelector('[data-section="sign-off"] mark.missing')?.getAttribute('data-missing'),
    ).toBe('sender');
    expect(preview().querySelector('[data-key="thanks"]')).not.toBeNull();
    fireEvent.click(greeting);
    expect(preview().querySelector('[data-section="greeting"]')).not.toBeNull();
  });

  it('says so when the draft refuses the insert', async () => {
    const host = new FakeHost();
    host.result = { ok: false, error: 'no editor' };
    host.setContext(context());
    await open({ host });
    fireEvent.click(screen.getByTestId('insert-feedback'));
    await waitFor(() =>
      expect(screen.getByTestId('builder-status').getAttribute('data-status')).toBe('insert-failed'),
    );
  });

  it('cannot insert standalone, but can still compose', async () => {
    await open({ host: null });
    expect((screen.getByTestId('insert-feedback') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('draft-line').textContent).toMatch(/Not connected/);
    expect(preview().textContent?.length).toBeGreaterThan(50);
  });

  it('asks the host to close on Esc', async () => {
    const { host } = await open();
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(host?.closed).toBe(1));
  });

  it('creates a quick profile inline, saves it as personal and selects it', async () => {
    const { data } = await open();
    fireEvent.click(screen.getByTestId('new-profile'));
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(screen.getByRole('alert').textContent).toMatch(/title and at least one criterion/);
    expect(data.saved).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Barista' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Criterion 1' }), {
      target: { value: 'Two years behind an espresso bar' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    });
    await waitFor(() => expect(profileSelect().value).toBe('personal-barista'));
    expect(data.saved[0]).toMatchObject({
      id: 'personal-barista',
      title: 'Barista',
      source: 'personal',
      criteria: [{ id: 'two-years-behind-an-espresso-bar', label: 'Two years behind an espresso bar' }],
    });
    expect(rows()).toHaveLength(1);
    expect(screen.getByTestId('builder-status').textContent).toContain('Barista');
  });
});

describe('sidebar: when the background does not answer', () => {
  it('says so and still builds from the built-in profiles and phrases', async () => {
    const data = fakeData();
    data.load = async () => {
      throw new Error('no background');
    };
    render(<Sidebar data={data} host={null} uiLanguage="sv" />);
    // Opened on its own, the panel speaks the browser's language (Swedish here).
    expect((await screen.findByTestId('load-failed')).textContent).toMatch(/kunde inte hämtas/);
    expect(profileSelect().value).toMatch(/^builtin-.*-sv$/);
    expect(preview().textContent?.length).toBeGreaterThan(50);
  });
});

describe('sidebar: one language around a draft, one model for the letter', () => {
  const svDraft = (ownText: string) =>
    context({
      lang: 'sv',
      subject: 'Din ansökan – backendutvecklare',
      greetingName: 'Sam',
      ownText,
      analysis: {
        lang: 'sv',
        verdict: 'generic-rejection',
        score: 10,
        checklist: {
          thanks: true,
          decision: true,
          reason: false,
          comparison: false,
          tip: false,
          nextStep: false,
        },
        flags: [],
      },
    });

  it("speaks the draft's language (badges, placeholders, labels) when the browser's differs", async () => {
    const host = new FakeHost();
    host.setContext(svDraft('Hej Sam,\n\nTack för intervjun i tisdags. Vi har valt andra kandidater.'));
    await open({ host });
    const first = rows()[0] as HTMLElement;
    expect(first.querySelector('.req')?.textContent).toBe('Krav');
    expect(rows().some((r) => r.querySelector('.req')?.textContent === 'Meriterande')).toBe(true);
    expect(within(first).getByLabelText('Anteckning (valfritt)')).toBeTruthy();
    expect(screen.getByLabelText(/^Ta med tack/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    expect(preview().getAttribute('lang')).toBe('sv');
  });

  it('follows the browser instead when the setting says so, and for a draft in a language the UI lacks', async () => {
    const host = new FakeHost();
    host.setContext(svDraft('Hej Sam,\n\nTack för intervjun.'));
    await open({ host, settings: { uiLanguage: 'browser' } });
    expect((rows()[0] as HTMLElement).querySelector('.req')?.textContent).toBe('Must-have');
    cleanup();
    const fi = new FakeHost();
    fi.setContext(context({ lang: 'fi', ownText: 'Hei Aino,\n\nKiitos hakemuksestasi.' }));
    await open({ host: fi });
    expect((rows()[0] as HTMLElement).querySelector('.req')?.textContent).toBe('Must-have');
    expect(preview().getAttribute('lang')).toBe('fi');
  });

  it('suggests a note that fits the kind of criterion', async () => {
    await open();
    const note = (label: RegExp) =>
      (within(row(label)).getByLabelText('Note (optional)') as HTMLInputElement).placeholder;
    expect(note(/three years/)).toMatch(/two years of it/);
    expect(note(/degree in computer science/)).toMatch(/degree/);
    expect(note(/degree in computer science/)).not.toMatch(/two years/);
    expect(note(/REST or GraphQL/)).not.toBe(note(/three years/));
  });

  it('reads the stage from the draft, says why, and lets the recruiter change it for good', async () => {
    const host = new FakeHost();
    host.setContext(svDraft('Hej Sam,\n\nTack för intervjun i tisdags. Vi har valt andra kandidater.'));
    await open({ host });
    expect((screen.getByTestId('stage-select') as HTMLSelectElement).value).toBe('interview');
    expect(screen.getByTestId('stage-hint').textContent).toContain('intervjun');
    fireEvent.change(screen.getByTestId('stage-select'), { target: { value: 'final' } });
    expect(screen.queryByTestId('stage-hint')).toBeNull();
    act(() => host.setContext(svDraft('Hej Sam,\n\nTack för intervjun. Nu har vi valt.')));
    expect((screen.getByTestId('stage-select') as HTMLSelectElement).value).toBe('final');
    cleanup();
    const final = new FakeHost();
    final.setContext(svDraft('Hej Sam,\n\nTack för slutintervjun förra veckan.'));
    await open({ host: final });
    expect((screen.getByTestId('stage-select') as HTMLSelectElement).value).toBe('final');
  });

  it('shows a thanks the draft keeps as covered in the checklist, next to its unticked checkbox', async () => {
    const host = new FakeHost();
    host.setContext(svDraft('Hej Sam,\n\nTack för intervjun i tisdags. Vi har valt andra kandidater.'));
    await open({ host });
    const thanksBox = screen.getByLabelText(/^Ta med tack/) as HTMLInputElement;
    expect(thanksBox.checked).toBe(false);
    const item = () => screen.getByTestId('feedback-checklist').querySelector('[data-item="thanks"]');
    expect(item()?.getAttribute('data-done')).toBe('true');
    expect(item()?.getAttribute('data-where')).toBe('draft');
    expect(item()?.textContent).toContain('finns i utkastet');
    fireEvent.click(thanksBox);
    expect(item()?.getAttribute('data-where')).toBe('letter');
  });

  it('standalone, writes the letter in the language of the profile the recruiter picks', async () => {
    await open({ host: null });
    fireEvent.change(profileSelect(), { target: { value: 'builtin-registered-nurse-da' } });
    expect(preview().getAttribute('lang')).toBe('da');
    expect((screen.getByTestId('language-select') as HTMLSelectElement).value).toBe('da');
    mark(/autorisation/, 'missing');
    const text = preview().textContent ?? '';
    expect(text).toContain('Vi har valgt');
    expect(text).toContain('dansk autorisation som sygeplejerske');
    expect(text).not.toMatch(/\b(the|and|with|we|you|och|inte)\b/);
  });
});

describe('sidebar: focus when ready', () => {
  it('in a webmail page, asks the host once and focuses its first control only when granted', async () => {
    const granted = new FakeHost();
    await open({ host: granted });
    await waitFor(() => expect(document.activeElement).toBe(profileSelect()));
    expect(granted.focusAsked).toBe(1);
    cleanup();

    // The user went on typing in the draft: the host does not grant it, nothing here takes focus.
    const refused = new FakeHost();
    refused.grantFocus = false;
    await open({ host: refused });
    await waitFor(() => expect(refused.focusAsked).toBe(1));
    expect(document.activeElement).not.toBe(profileSelect());
  });

  it('waits for the connection before asking; on its own it takes focus at once', async () => {
    const host = new FakeHost();
    host.snapshot = { connected: false, context: null };
    await open({ host });
    expect(host.focusAsked).toBe(0);
    act(() => host.setContext(context()));
    await waitFor(() => expect(host.focusAsked).toBe(1));
    cleanup();

    await open({ host: null });
    await waitFor(() => expect(document.activeElement).toBe(profileSelect()));
  });
});
