// @vitest-environment happy-dom
// The picker's rule: a picture is saved only with alt text. The alt text starts as the
// picture's name, can be changed, and cannot be left empty; pictures are chosen by keyboard.
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithApp } from '../../testing/render.tsx';
import { ALT_TEXT_MISSING, PicturePicker } from './PicturePicker.tsx';
import type { PictureEntry } from './picture-search.ts';

afterEach(cleanup);

const index: PictureEntry[] = [
  { hexcode: '1F3E0', annotation: 'house', tags: ['home'] },
  { hexcode: '1F3E1', annotation: 'house with garden', tags: ['home', 'garden'] },
  { hexcode: '1F68C', annotation: 'bus', tags: ['vehicle'] },
];

function renderPicker() {
  const onSave = vi.fn();
  const rendered = renderWithApp(
    <PicturePicker
      documentId="d1"
      paragraphText="We want to live in our own house."
      current={null}
      currentAlt=""
      onSave={onSave}
      onCancel={() => undefined}
      loadIndex={() => Promise.resolve(index)}
      uploadedUrl={(id) => `/pictures/${id}`}
    />,
  );
  return { ...rendered, onSave };
}

it('suggests pictures from the paragraph, chosen by keyboard, with the name as alt text', async () => {
  const { user, onSave } = renderPicker();
  const pictures = await screen.findByRole('listbox', { name: 'Pictures' });
  const options = await screen.findAllByRole('option');
  expect(options.map((option) => option.textContent)).toEqual(['house', 'house with garden']);
  // Said to screen readers once the list has settled.
  expect(
    await screen.findByText(/^2 pictures that may fit the words of this paragraph/, {
      selector: '[role="status"]',
    }),
  ).toBeTruthy();

  await user.tab(); // from the search field to the pictures
  expect(document.activeElement).toBe(options[0]);
  await user.keyboard('{ArrowRight}{Enter}');
  expect(options[1]?.getAttribute('aria-selected')).toBe('true');
  expect(pictures.contains(document.activeElement)).toBe(true);
  const alt = screen.getByRole('textbox', { name: 'Say what the picture shows' });
  expect(alt).toHaveProperty('value', 'House with garden');

  await user.click(screen.getByRole('button', { name: 'Save picture' }));
  expect(onSave).toHaveBeenCalledWith({ ref: 'openmoji:1F3E1', alt: 'House with garden' });
});

it('cannot save without alt text, and says so beside the field', async () => {
  const { user, onSave } = renderPicker();
  await user.type(screen.getByRole('searchbox', { name: 'Find a picture' }), 'bus');
  const [bus] = await screen.findAllByRole('option', { name: /bus/ });
  await user.click(bus!);
  const alt = screen.getByRole('textbox', { name: 'Say what the picture shows' });
  await user.clear(alt);
  await user.type(alt, '   ');
  await user.click(screen.getByRole('button', { name: 'Save picture' }));

  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByText(ALT_TEXT_MISSING)).toBeTruthy();
  expect(alt.getAttribute('aria-invalid')).toBe('true');
  expect(document.activeElement).toBe(alt);

  await user.type(alt, 'The number 12 bus');
  await user.click(screen.getByRole('button', { name: 'Save picture' }));
  expect(onSave).toHaveBeenCalledWith({ ref: 'openmoji:1F68C', alt: 'The number 12 bus' });
});

it('keeps alt text the person wrote when they choose another picture', async () => {
  const { user } = renderPicker();
  const options = await screen.findAllByRole('option');
  await user.click(options[0]!);
  const alt = screen.getByRole('textbox', { name: 'Say what the picture shows' });
  expect(alt).toHaveProperty('value', 'House');
  await user.clear(alt);
  await user.type(alt, 'Our new home');
  await user.click(options[1]!);
  expect(alt).toHaveProperty('value', 'Our new home');
  expect(alt.getAttribute('maxlength')).toBe('250');
});
