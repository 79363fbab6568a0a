import { api, session, StudioError } from './api.js';
import { showLibrary } from './library.js';
import { Editor } from './editor.js';

const $ = (id) => document.getElementById(id);

/** The studio page: the token form, the list of files, and the editor; one shown at a time. */
class Studio {
  constructor() {
    this.editor = new Editor({ onBack: () => this.library() });
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      session.remember($('token-input').value.trim(), $('author-input').value.trim());
      $('token-input').value = '';
      this.library();
    });
    $('sign-out').addEventListener('click', () => {
      session.forget();
      this.signIn('');
    });
  }

  show(screen) {
    for (const id of ['sign-in', 'library', 'editor']) $(id).hidden = id !== screen;
    $('sign-out').hidden = screen === 'sign-in';
  }

  signIn(message) {
    this.show('sign-in');
    $('sign-in-error').textContent = message;
    $('author-input').value = session.author();
  }

  async library() {
    if (!session.token()) {
      this.signIn('');
      return;
    }
    try {
      const files = await api.list();
      this.show('library');
      showLibrary(files, {
        open: (kind, id) => this.open(() => api.open(kind, id), kind),
        create: (id, from) => this.open(() => api.newDraft(id, from), 'scenarios'),
        importCard: (file, mode) => this.open(() => api.importCard(file, mode), 'scenarios'),
      });
    } catch (error) {
      this.refused(error);
    }
  }

  async open(load, kind) {
    $('studio-notice').textContent = '';
    try {
      const file = await load();
      this.show('editor');
      this.editor.open({ ...file, kind: file.kind || kind });
    } catch (error) {
      if (error.status === 403) this.refused(error);
      else $('studio-notice').textContent = error.message;
    }
  }

  refused(error) {
    if (error instanceof StudioError && error.status === 403) {
      session.forget();
      this.signIn(`That did not open the studio: ${error.message}`);
    } else {
      this.signIn(`Could not reach the studio (${error.message}).`);
    }
  }
}

new Studio().library();
