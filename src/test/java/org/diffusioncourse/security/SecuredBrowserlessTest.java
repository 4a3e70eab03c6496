package org.diffusioncourse.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A browserless test that signs users in with {@code @WithMockUser} and friends.
 *
 * <p>Each Spring context installs its own Vaadin-aware {@link SecurityContextHolderStrategy}
 * in the static {@link SecurityContextHolder}, and the last context started wins. Spring
 * Security's test listener puts the mock user into <em>this</em> context's strategy, while
 * the browserless request reads the static one; once a second context (a RANDOM_PORT test)
 * has started, they differ and every mock user looks anonymous. So before each test this
 * context's strategy is put back, before the simulated UI and its first request are made.
 */
public abstract class SecuredBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
        super.initVaadinEnvironment();
    }
}
