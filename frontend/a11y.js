/*
 * Two ARIA mistakes inside Vaadin 25.2's own components that axe-core reports as critical (issue 15):
 * - vaadin-tabs (role tablist) renders a focusable <div id="scroll" tabindex="-1"> around its tabs, and a
 *   tablist may only contain tabs: the tabindex goes (the div still scrolls; the tabs stay focusable).
 * - vaadin-select puts aria-required on its value button, whose role "button" does not allow it: the button
 *   is given the role it plays, a select-only combobox (WAI-ARIA APG), which carries aria-required.
 * - vaadin-connection-indicator sits in <body> outside every landmark (axe-core: region, moderate); it is the
 *   connection's status, so it gets role "status", a live region that axe-core counts as a region and that
 *   announces "connection lost" to screen readers.
 * Components added later (dialogs, live updates) are fixed as they appear.
 */
(() => {
  const fixTabs = (tabs) => customElements.whenDefined('vaadin-tabs')
    .then(() => tabs.updateComplete)
    .then(() => {
      const scroll = tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
      if (scroll) {
        scroll.removeAttribute('tabindex');
      }
    });
  const fixSelectButton = (button) => {
    if (button.getAttribute('role') !== 'combobox') {
      button.setAttribute('role', 'combobox');
    }
    if (!button.hasAttribute('aria-expanded')) {
      button.setAttribute('aria-expanded', 'false');
    }
  };
  const fixIndicator = (indicator) => {
    if (indicator.getAttribute('role') !== 'status') {
      indicator.setAttribute('role', 'status');
    }
  };
  const fix = (root) => {
    if (!root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('vaadin-tabs').forEach(fixTabs);
    root.querySelectorAll('vaadin-select-value-button').forEach(fixSelectButton);
    root.querySelectorAll('vaadin-connection-indicator').forEach(fixIndicator);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.localName === 'vaadin-select-value-button') {
          fixSelectButton(record.target);
        }
        continue;
      }
      record.addedNodes.forEach((node) => {
        if (node.nodeType !== Node.ELEMENT_NODE) {
          return;
        }
        if (node.localName === 'vaadin-tabs') {
          fixTabs(node);
        } else if (node.localName === 'vaadin-select-value-button') {
          fixSelectButton(node);
        } else if (node.localName === 'vaadin-connection-indicator') {
          fixIndicator(node);
        }
        fix(node);
      });
    }
  });
  const start = () => {
    fix(document);
    observer.observe(document.documentElement, {subtree: true, childList: true, attributes: true,
      attributeFilter: ['role']});
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
