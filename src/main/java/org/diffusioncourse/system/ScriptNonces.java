package org.diffusioncourse.system;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the nonce of the response's {@link ContentSecurityPolicy} on every {@code <script>} of
 * the page Vaadin serves (its bootstrap scripts are inline), so that they, and only they, run.
 * A page built for a request without a policy nonce is left as it is.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonces::sign);
    }

    private static void sign(IndexHtmlResponse page) {
        if (page.getVaadinRequest().getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE) instanceof String nonce) {
            page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        }
    }
}
