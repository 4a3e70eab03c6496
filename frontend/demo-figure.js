// <demo-figure src="api/v1/figures/DEMO/NAME.svg?..."> shows a server-drawn SVG figure and keeps
// it in step with the demo's main control at the speed of one HTTP GET.
//
// The server sets `src` to the figure of the state it shows (and `svg`, once, to the first
// frame, so the page shows a figure before any script has run). When the learner moves the main
// control (the input marked data-main-control in the same .demo stage), the element does not
// wait for the server's round trip: it writes the control's new value into its own URL (the
// control's data-param names the query key, data-values maps a step to the value it stands for)
// and fetches that figure at once, which the browser may already hold in its cache. The frame
// brings its own words (label, text alternative, readout, the text beside the control), which
// are put in place with it. The server hears the control once it rests and sets the same `src`
// and words, which are then already shown. A `src` for a step the control has already left is ignored: the server's next
// answer brings the current one. Responses that arrive out of order never replace a newer figure.
//
// Learners scrub in one direction at a time, so once a step is shown the next step in that
// direction is fetched ahead and kept here (a few frames): the next key press then finds its frame
// without a round trip. Each frame is still drawn once on the server; only a change of direction
// leaves one unused. Browsers in data-saving mode (and an element with data-look-ahead="off")
// fetch each step only when it is shown. A figure marked data-follow="off" does not depend on the
// main control and ignores it; it changes only when the server gives it a new src.
class DemoFigure extends HTMLElement {
  static KEPT = 6;

  static get observedAttributes() {
    return ['src'];
  }

  #shown = null;     // the URL whose figure is in the element
  #wanted = null;    // the URL last asked for
  #control = null;
  #lastStep = null;  // the control's step when the learner last moved it
  #direction = 1;    // +1 or -1: where the learner is heading
  #ahead = null;     // the URL fetched ahead
  #kept = new Map(); // URL -> SVG of frames fetched ahead, oldest first
  #abort = null;
  #onInput = () => this.#follow();

  set svg(markup) {
    // Only the first frame comes inline; later ones are fetched.
    if (this.#shown === null && typeof markup === 'string' && markup.length > 0) {
      this.innerHTML = markup;
      this.#shown = this.#canonical(this.getAttribute('src'));
      this.#wanted = this.#shown;
    }
  }

  connectedCallback() {
    // A value the server set before this element was defined sits on the instance; apply it.
    if (Object.prototype.hasOwnProperty.call(this, 'svg')) {
      const markup = this.svg;
      delete this.svg;
      this.svg = markup;
    }
    const stage = this.closest('.demo');
    this.#control = stage ? stage.querySelector('[data-main-control]') : null;
    this.#control?.addEventListener('input', this.#onInput);
    this.#fromServer();
  }

  disconnectedCallback() {
    this.#control?.removeEventListener('input', this.#onInput);
    this.#abort?.abort();
  }

  attributeChangedCallback() {
    // After the whole server answer has been applied (the control's value included).
    queueMicrotask(() => this.#fromServer());
  }

  #fromServer() {
    const src = this.getAttribute('src');
    if (!this.isConnected || !src) {
      return;
    }
    const control = this.#control;
    if (control && control.dataset.param && !this.#steady()) {
      const asked = new URL(src, document.baseURI).searchParams.get(control.dataset.param);
      if (asked !== null && asked !== this.#valueOf(control)) {
        return;
      }
    }
    this.#load(src);
  }

  // A figure that does not depend on the main control (data-follow="off") keeps its frame while
  // the control moves: the server gives it the same src for every step.
  #steady() {
    return this.dataset.follow === 'off';
  }

  #follow() {
    if (this.#steady()) {
      return;
    }
    const control = this.#control;
    const base = this.#wanted ?? this.getAttribute('src');
    if (!control || !control.dataset.param || !base) {
      return;
    }
    const step = Math.round(Number(control.value));
    if (this.#lastStep !== null && step !== this.#lastStep) {
      this.#direction = step > this.#lastStep ? 1 : -1;
    }
    this.#lastStep = step;
    this.#load(this.#urlAt(base, step), () => this.#fetchAhead(base, step + this.#direction));
  }

  #urlAt(base, step) {
    const control = this.#control;
    const url = new URL(base, document.baseURI);
    url.searchParams.set(control.dataset.param, this.#textAt(control, step));
    return url.href;
  }

  #fetchAhead(base, step) {
    const control = this.#control;
    if (this.dataset.lookAhead === 'off' || navigator.connection?.saveData
        || step < Number(control.min) || step > Number(control.max)) {
      return;
    }
    const url = this.#urlAt(base, step);
    if (url === this.#ahead) {
      return;
    }
    this.#ahead = url;
    fetch(url, { credentials: 'same-origin', priority: 'low' })
      .then(response => response.ok ? response.text() : Promise.reject(new Error(String(response.status))))
      .then(markup => {
        this.#kept.set(url, markup);
        while (this.#kept.size > DemoFigure.KEPT) {
          this.#kept.delete(this.#kept.keys().next().value);
        }
      })
      .catch(() => {});
  }

  #valueOf(control) {
    return this.#textAt(control, Math.round(Number(control.value)));
  }

  #textAt(control, step) {
    const values = control.dataset.values ? control.dataset.values.split(',') : null;
    return values ? values[step] : String(step);
  }

  #canonical(src) {
    return src ? new URL(src, document.baseURI).href : null;
  }

  async #load(src, then = null) {
    const url = this.#canonical(src);
    if (url === this.#wanted) {
      return;
    }
    this.#wanted = url;
    this.#abort?.abort();
    const kept = this.#kept.get(url);
    if (kept !== undefined) {
      this.#put(kept, url);
      then?.();
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(`${response.status} for ${url}`);
      }
      const markup = await response.text();
      if (this.#wanted === url) {
        this.#put(markup, url);
        then?.();
      }
    } catch (error) {
      if (error.name !== 'AbortError' && this.#wanted === url) {
        // Keep the last figure; the server's next answer asks again.
        this.#wanted = this.#shown;
        console.warn('demo-figure: could not load the figure', error);
      }
    }
  }

  // Puts a fetched frame in place with its words: each frame carries its label (<title>), its
  // text alternative (<desc>), its readout (data-readout) and the text beside the main control
  // (data-step-text), so they change with the figure, not a server round trip later. The words
  // are set as text, never as markup. Elements are found by the ids DemoFigure and StepSlider
  // give them: PREFIX-figure, PREFIX-readout, PREFIX-figure-text, and CONTROL-value.
  #put(markup, url) {
    this.innerHTML = markup;
    this.#shown = url;
    const svg = this.querySelector(':scope > svg');
    if (!svg) {
      return;
    }
    const title = svg.querySelector(':scope > title');
    const desc = svg.querySelector(':scope > desc');
    const prefix = this.id.endsWith('-figure') ? this.id.slice(0, -'-figure'.length) : null;
    if (title) {
      this.setAttribute('aria-label', title.textContent);
    }
    if (prefix !== null) {
      DemoFigure.#setText(document.getElementById(`${prefix}-figure-text`), desc?.textContent);
      DemoFigure.#setText(document.getElementById(`${prefix}-readout`), svg.getAttribute('data-readout'));
    }
    const control = this.#control;
    if (control && control.id && !this.#steady()) {
      DemoFigure.#setText(document.getElementById(`${control.id}-value`), svg.getAttribute('data-step-text'));
    }
  }

  // Changes the text of an element the server also writes to: the data of its one text node, so
  // the node the server's binding holds stays in the page and the server's later answer (the
  // same words, once the control rests) lands in it. An element without that one text node is
  // left to the server.
  static #setText(element, text) {
    const node = element?.firstChild;
    if (text == null || !node || node.nodeType !== Node.TEXT_NODE || node.nextSibling) {
      return;
    }
    if (node.data !== text) {
      node.data = text;
    }
  }
}

customElements.define('demo-figure', DemoFigure);
