package org.diffusioncourse.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application context for tests: the real content folder, an in-memory database (so
 * cached contexts never fight over a file lock) and no background polling of content.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:course-test;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
public @interface CourseTest {
}
