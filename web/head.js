// The <head> every page shares, written once. A page's own head is one line naming it:
//   <script src="head.js" data-title="Your sessions" data-css="people.css" data-main="history.js"></script>
// `data-title` becomes "Your sessions · Hotseat" and the page's <h1>, `data-css` lists the page's stylesheets after style.css, and
// `data-main` is the page's module.
//
// A classic script, not a module, on purpose: it runs while the parser is still in <head>, so the stylesheets
// it adds hold back the first paint (blocking="render") as stylesheets written into the page would, and nothing
// flashes unstyled. Everything else on the pages is a module.
(() => {
  const script = document.currentScript;
  const at = (path) => new URL(path, script.src).href;
  const add = (tag, attributes) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    document.head.append(node);
  };
  document.title = script.dataset.title ? `${script.dataset.title} · Hotseat` : 'Hotseat';
  // The top bar heads the page with the title too, unless the page writes a heading of its own.
  if (script.dataset.title) document.documentElement.dataset.title = script.dataset.title;
  add('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' });
  add('meta', { name: 'color-scheme', content: 'light dark' });
  add('link', { rel: 'icon', href: at('favicon.svg'), type: 'image/svg+xml' });
  for (const sheet of ['style.css', ...(script.dataset.css || '').split(/\s+/).filter(Boolean)]) {
    add('link', { rel: 'stylesheet', href: at(sheet), blocking: 'render' });
  }
  if (script.dataset.main) add('script', { type: 'module', src: at(script.dataset.main) });
})();
