// Enhances FrontDeskActions.astro: shows the Print, Copy link and Share buttons only when this
// script runs (so there are no dead buttons without JavaScript), and opens the print dialog
// when the page was opened with ?print=1 (the "print this card in the other language" link).

/** The page's address without the ?print=1 that asked for printing. */
function shareableUrl(): string {
  const url = new URL(location.href);
  url.searchParams.delete('print');
  return url.href;
}

function enhance(root: HTMLElement): void {
  const buttons = root.querySelector<HTMLElement>('[data-front-desk-buttons]');
  const status = root.querySelector<HTMLElement>('[data-front-desk-status]');
  if (!buttons) return;
  const button = (action: string) => buttons.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const say = (message: string) => {
    if (status) status.textContent = message;
  };

  const print = button('print');
  if (print) {
    if (typeof window.print === 'function') print.addEventListener('click', () => window.print());
    else print.hidden = true;
  }

  const copy = button('copy');
  if (copy) {
    if (navigator.clipboard?.writeText) {
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(shareableUrl()).then(
          () => say(root.dataset.copied ?? ''),
          () => say(root.dataset.copyFailed ?? ''),
        );
      });
    } else copy.hidden = true;
  }

  const share = button('share');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      // A person closing the share sheet rejects the promise; that is not an error to show.
      navigator.share({ title: document.title, url: shareableUrl() }).catch(() => undefined);
    });
  }

  buttons.hidden = false;
}

function printIfAsked(): void {
  if (new URLSearchParams(location.search).get('print') !== '1') return;
  // Drop the flag so that a reload or a copied link does not print again.
  history.replaceState(history.state, '', shareableUrl());
  const open = () => setTimeout(() => window.print(), 0);
  if (document.readyState === 'complete') open();
  else window.addEventListener('load', open, { once: true });
}

const root = document.querySelector<HTMLElement>('[data-front-desk]');
if (root) {
  enhance(root);
  printIfAsked();
}
