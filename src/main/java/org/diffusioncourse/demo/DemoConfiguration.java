package org.diffusioncourse.demo;

import org.diffusioncourse.demo.forward.SceneCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's demo catalog; the forward demo shares the scene cache bean. */
@Configuration
class DemoConfiguration {

    @Bean
    DemoCatalog demoCatalog(SceneCache scenes) {
        return new DemoCatalog(Demos.all(scenes));
    }
}
