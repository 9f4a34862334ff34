package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Page-wide accessibility the views need not repeat: {@code <html lang>} follows the UI language (a French Client
 * Center reads as French), and focus goes to the view's heading after every navigation and when a dialog closes
 * without handing it back (it used to fall to {@code <body>}, and the next Tab started from the top of the page).
 */
@Component
public class Accessibility implements VaadinServiceInitListener {

    /**
     * Installed once per page: {@code clienteleFocusHeading()} focuses the main landmark's heading (made focusable by
     * script only), and a closing dialog that leaves focus nowhere hands it to that heading.
     */
    private static final String INSTALL = """
            if (!window.clienteleFocusHeading) {
              window.clienteleFocusHeading = () => {
                const main = document.getElementById('main-content');
                if (!main) { return; }
                const heading = main.querySelector('.view-title, h1, h2') || main;
                if (heading !== main && !heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
                heading.focus({preventScroll: true});
              };
              document.addEventListener('opened-changed', e => {
                if (e.target.localName === 'vaadin-dialog' && e.detail && e.detail.value === false) {
                  setTimeout(() => {
                    const a = document.activeElement;
                    if (!a || a === document.body || a === document.documentElement) { window.clienteleFocusHeading(); }
                  }, 100);
                }
              }, true);
              // Two Vaadin component defects axe-core reports as critical (vaadin/web-components#7337), mended here
              // until Vaadin does: a select's value button is a role="button" carrying aria-required (not allowed
              // on a button) - it is a select-only combobox in ARIA's own pattern, where aria-required is allowed;
              // and the tab strip's scroll container inside vaadin-tabs is a focusable div among the tabs (a
              // tablist may own only tabs), although its tabs take the focus.
              const mendSelect = b => { if (b.getAttribute('role') === 'button') { b.setAttribute('role', 'combobox'); } };
              const mendTabs = tabs => customElements.whenDefined('vaadin-tabs').then(() => requestAnimationFrame(() => {
                const strip = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                if (!strip || strip.clienteleMended) { return; }
                strip.clienteleMended = true;
                const drop = () => { if (strip.hasAttribute('tabindex')) { strip.removeAttribute('tabindex'); } };
                drop();
                new MutationObserver(drop).observe(strip, {attributes: true, attributeFilter: ['tabindex']});
              }));
              const mend = node => {
                if (node.nodeType !== 1) { return; }
                if (node.localName === 'vaadin-select-value-button') { mendSelect(node); }
                if (node.localName === 'vaadin-tabs') { mendTabs(node); }
                node.querySelectorAll('vaadin-select-value-button').forEach(mendSelect);
                node.querySelectorAll('vaadin-tabs').forEach(mendTabs);
              };
              new MutationObserver(records => records.forEach(r => r.type === 'attributes'
                  ? (r.target.localName === 'vaadin-select-value-button' && mendSelect(r.target))
                  : r.addedNodes.forEach(mend)))
                .observe(document.documentElement, {subtree: true, childList: true, attributes: true, attributeFilter: ['role']});
              mend(document.documentElement);
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.getPage().executeJs(INSTALL);
            ui.addAfterNavigationListener(nav -> {
                ui.getPage()
                        .executeJs(
                                "document.documentElement.lang = $0",
                                ui.getLocale().getLanguage());
                ui.getPage()
                        .executeJs("setTimeout(() => window.clienteleFocusHeading && window.clienteleFocusHeading())");
            });
        });
    }
}
