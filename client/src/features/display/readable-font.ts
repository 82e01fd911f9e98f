// Atkinson Hyperlegible Next, bundled with the app (SIL OFL, from @fontsource), so the font
// choice works offline and on devices that do not have it. The browser fetches its files only
// when the font is chosen; latin and latin-ext cover Western and Central European names.
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
