/**
 * The header's two classroom buttons, on every page (vanilla, a few hundred bytes): projector
 * mode on and off (remembered per device, Esc turns it off) and the page's QR code, whose
 * encoder and dialog are fetched only when the button is first pressed.
 */
import { PROJECTOR_ON, PROJECTOR_STORAGE_KEY, isProjectorOn } from '../../lib/classroom/projector';

const root = document.documentElement;

function readPreference(): boolean {
  try {
    return isProjectorOn(localStorage.getItem(PROJECTOR_STORAGE_KEY));
  } catch {
    return false;
  }
}

function setProjector(on: boolean): void {
  if (on) root.dataset['projector'] = '';
  else delete root.dataset['projector'];
  try {
    if (on) localStorage.setItem(PROJECTOR_STORAGE_KEY, PROJECTOR_ON);
    else localStorage.removeItem(PROJECTOR_STORAGE_KEY);
  } catch {
    // Storage blocked: the mode still works on this page, it is just not remembered.
  }
  for (const toggle of document.querySelectorAll('[data-projector-toggle]')) toggle.setAttribute('aria-pressed', String(on));
}

export function startClassroomControls(): void {
  // The head script already applied a stored preference; an invalid stored value is cleared here.
  setProjector(readPreference() || 'projector' in root.dataset);
  for (const toggle of document.querySelectorAll('[data-projector-toggle]')) {
    toggle.addEventListener('click', () => setProjector(!('projector' in root.dataset)));
  }
  document.addEventListener('keydown', (event) => {
    // Esc belongs to an open dialog (search, the QR code) first.
    if (event.key !== 'Escape' || event.defaultPrevented || !('projector' in root.dataset) || document.querySelector('dialog[open]')) return;
    setProjector(false);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-page-qr]')) {
    button.addEventListener('click', () => {
      void import('./pageQrDialog').then(({ openPageQr }) => openPageQr(button));
    });
  }
}
