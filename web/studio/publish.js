import { el } from '../dom.js';
import { api } from './api.js';

// Publishing a draft: learners get it from then on. A scenario whose test-drive does not play as intended is
// refused (drive-failed) until the coach says "publish anyway", so a broken draft never goes live by accident.

/** Publishes the editor's draft; `force` skips the test-drive's refusal. */
export async function publish(editor, force) {
  try {
    const saved = await api.publish(editor.kind, editor.id, editor.draft, editor.live, force);
    await editor.reload();
    editor.say(`Published version ${saved.version}: new sessions use it now.`, false, 'publish-message');
  } catch (error) {
    if (error.problems?.length) editor.showProblems(error.problems);
    editor.say(error.message, true, error.code === 'drive-failed' ? 'publish-refused' : 'save-error');
    if (error.code === 'drive-failed') {
      document.getElementById('save-status').append(' ', el('button', {
        type: 'button', class: 'secondary', 'data-testid': 'publish-force', text: 'Publish anyway',
        onclick: () => publish(editor, true),
      }));
    }
  }
}
