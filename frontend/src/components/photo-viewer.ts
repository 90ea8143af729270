// The photo story's viewer, added by the script to the photos the page already shows: a photo
// full screen in a <dialog>, next and previous by buttons, arrow keys and swipe, Escape to
// close, the caption under it. The reader's place is in the address (#anh-3): a shared link
// opens the viewer there, and Back closes it. Focus goes back where it was on close.
import { h, svg } from '../dom/h';
import { photoAnchor, photoOfHash } from './photo-story';

/** How far a finger must travel sideways before a swipe turns the photo. */
const SWIPE_PX = 50;

export function attachPhotoViewer(gallery: HTMLElement): void {
  const figures = [...gallery.querySelectorAll<HTMLElement>('figure.photo-story-photo')];
  if (!figures.length || gallery.dataset.viewer === 'on') return;
  gallery.dataset.viewer = 'on';

  // Not draggable: a swipe with a mouse would otherwise drag the picture away.
  const image = h('img', { class: 'photo-viewer-image', alt: '', draggable: 'false' });
  const caption = h('p', { class: 'photo-viewer-caption', 'aria-live': 'polite' });
  const counter = h('p', { class: 'photo-viewer-counter' });
  const previous = h('button', { type: 'button', class: 'photo-viewer-prev', 'aria-label': 'Ảnh trước' }, '‹');
  const next = h('button', { type: 'button', class: 'photo-viewer-next', 'aria-label': 'Ảnh sau' }, '›');
  const close = h('button', { type: 'button', class: 'photo-viewer-close', 'aria-label': 'Đóng trình xem ảnh' }, '✕');
  const stage = h('div', { class: 'photo-viewer-stage' }, image);
  const dialog = h('dialog', { class: 'photo-viewer', 'aria-label': 'Xem ảnh toàn màn hình' },
    close, previous, stage, next, h('div', { class: 'photo-viewer-text' }, counter, caption));
  gallery.append(dialog);

  let current = 0; // 1-based; 0 while closed
  let returnFocus: HTMLElement | null = null;
  // Whether this page put the viewer's entry in the history (Back then just closes it).
  let pushed = false;

  const show = (n: number) => {
    current = Math.min(Math.max(n, 1), figures.length);
    const figureShown = figures[current - 1]!;
    const img = figureShown.querySelector('img');
    // Full screen wants a wider copy than the page's column: the same srcset, sized to the screen.
    image.srcset = img?.srcset ?? '';
    image.sizes = img?.srcset ? '100vw' : '';
    image.src = img?.currentSrc || img?.src || '';
    image.alt = img?.alt ?? '';
    caption.textContent = figureShown.querySelector('figcaption')?.textContent ?? '';
    counter.textContent = `Ảnh ${current}/${figures.length}`;
    previous.disabled = current === 1;
    next.disabled = current === figures.length;
  };

  const open = (n: number, from: HTMLElement | null, addEntry: boolean) => {
    returnFocus = from ?? (document.activeElement as HTMLElement | null);
    show(n);
    if (addEntry) {
      history.pushState(history.state, '', `#${photoAnchor(current)}`);
      pushed = true;
    }
    if (!dialog.open) dialog.showModal();
    close.focus();
  };

  const move = (step: number) => {
    if (!current) return;
    show(current + step);
    history.replaceState(history.state, '', `#${photoAnchor(current)}`);
  };

  /** Closes the dialog; the address is left to whoever called (Back, or finish below). */
  const hide = () => {
    if (dialog.open) dialog.close();
    current = 0;
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };

  const finish = () => {
    if (pushed) {
      pushed = false;
      history.back(); // popstate below hides it
    } else {
      history.replaceState(history.state, '', location.pathname + location.search);
      hide();
    }
  };

  figures.forEach((figureShown, index) => {
    const button = h('button', { type: 'button', class: 'photo-open', 'aria-label': `Xem ảnh ${index + 1}/${figures.length} toàn màn hình` }, expandIcon());
    button.addEventListener('click', () => open(index + 1, button, true));
    figureShown.querySelector('img')?.addEventListener('click', () => open(index + 1, button, true));
    figureShown.append(button);
  });
  previous.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  close.addEventListener('click', finish);
  // Escape: the dialog's own cancel, taken over so the address follows.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    finish();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') move(1);
    else if (event.key === 'ArrowLeft') move(-1);
    else return;
    event.preventDefault();
  });

  let startX: number | null = null;
  stage.addEventListener('pointerdown', (event) => {
    startX = event.clientX;
  });
  stage.addEventListener('pointerup', (event) => {
    if (startX === null) return;
    const dx = event.clientX - startX;
    startX = null;
    if (Math.abs(dx) >= SWIPE_PX) move(dx < 0 ? 1 : -1);
  });
  stage.addEventListener('pointercancel', () => {
    startX = null;
  });

  const follow = () => {
    if (!gallery.isConnected) {
      window.removeEventListener('popstate', follow);
      return;
    }
    const n = photoOfHash(location.hash);
    if (n && n <= figures.length) {
      if (current !== n) open(n, null, false);
    } else if (current) {
      pushed = false;
      hide();
    }
  };
  window.addEventListener('popstate', follow);

  // Opened at #anh-3 (a shared link): the page goes under it in the history, so Back closes
  // the viewer and leaves the reader on the story.
  const start = photoOfHash(location.hash);
  if (start && start <= figures.length) {
    history.replaceState(history.state, '', location.pathname + location.search);
    open(start, figures[start - 1]!.querySelector<HTMLElement>('.photo-open'), true);
  }
}

/** Four corners pointing out: "full screen" (drawn, as fonts often lack the ⛶ character). */
function expandIcon(): SVGElement {
  return svg('svg', { viewBox: '0 0 24 24', width: '20', height: '20', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }));
}
