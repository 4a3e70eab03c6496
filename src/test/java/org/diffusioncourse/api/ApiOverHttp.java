package org.diffusioncourse.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site on a random port with an in-memory database, and a client for its JSON API: what the
 * API's HTTP tests share (one Spring context for all of them, since their settings are the same).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-api;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
abstract class ApiOverHttp {

    @LocalServerPort
    int port;
    ApiHttp api;

    @BeforeEach
    void connect() throws Exception {
        api = new ApiHttp(port);
    }
}
