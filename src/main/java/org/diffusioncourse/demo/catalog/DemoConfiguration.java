package org.diffusioncourse.demo.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one demo catalog, shared by every page, the practice answers and the figure URLs. */
@Configuration
class DemoConfiguration {

    @Bean
    DemoCatalog demoCatalog() {
        return new DemoCatalog();
    }
}
