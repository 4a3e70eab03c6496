// <course-math tex="..." [display]> typesets TeX with KaTeX, bundled from npm (no CDN).
// Lesson HTML is produced on the server with every TeX string in an attribute, so the
// browser never parses author text as markup; KaTeX builds the DOM itself and also
// emits MathML, which screen readers read.
import katex from 'katex';
import 'katex/dist/katex.min.css';

class CourseMath extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this.typeset();
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.typeset();
    }
  }

  typeset() {
    const tex = this.getAttribute('tex') ?? '';
    const displayMode = this.hasAttribute('display');
    try {
      katex.render(tex, this, {
        displayMode,
        throwOnError: true,
        output: 'htmlAndMathml',
        trust: false,
        strict: 'ignore',
      });
      this.removeAttribute('data-error');
    } catch (error) {
      // Show the source and say what is wrong instead of a blank gap.
      this.textContent = tex;
      this.setAttribute('data-error', String(error.message ?? error));
      this.title = 'This formula could not be typeset: ' + (error.message ?? error);
    }
  }
}

if (!customElements.get('course-math')) {
  customElements.define('course-math', CourseMath);
}
