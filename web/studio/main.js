import { $ } from '../dom.js';
import { showTopBar } from '../topbar.js';
import { openCoachPage, guarded, coachName } from '../coach.js';
import { api, saveAs } from './api.js';
import { showLibrary } from './library.js';
import { Editor } from './editor.js';

/** The studio page: the list of files and the editor, one shown at a time, once the coach is in. */
class Studio {
  constructor(me) {
    this.me = me;
    this.editor = new Editor({ onBack: () => this.library() });
  }

  start(page) {
    this.page = page;
    saveAs(coachName(this.me));
    this.library();
  }

  show(part) {
    for (const id of ['library', 'editor']) $(id).hidden = id !== part;
  }

  async library() {
    const files = await guarded(this.page, () => api.list());
    if (!files) return;
    this.show('library');
    showLibrary(files, {
      open: (kind, id) => this.open(() => api.open(kind, id), kind),
      create: (id, from, refused) => this.open(() => api.newDraft(id, from), 'scenarios', refused),
      importCard: (file, mode, refused) => this.open(() => api.importCard(file, mode), 'scenarios', refused),
    });
  }

  /** Opens a file in the editor; a refusal is said by `refused` (beside the form that asked), else at the top. */
  async open(load, kind, refused = (message) => { $('studio-notice').textContent = message; }) {
    $('studio-notice').textContent = '';
    try {
      const file = await load();
      this.show('editor');
      this.editor.open({ ...file, kind: file.kind || kind });
    } catch (error) {
      if (error.needsCoach) guarded(this.page, () => Promise.reject(error));
      else refused(error.message);
    }
  }
}

showTopBar('studio').then((me) => {
  if (me === false) return;
  const studio = new Studio(me);
  openCoachPage('studio', me, $('studio'), (page) => studio.start(page));
});
