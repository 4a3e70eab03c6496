package org.diffusioncourse.lesson;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code content}, part of readiness: DOWN only when the course could not
 * be loaded at all, that is when not one lesson can be served (the content folder is missing,
 * {@code course.yml} is unreadable or lists nothing that loaded). Problems in single lessons keep
 * it UP: they are shown to authors on the pages they concern, and taking an instance out of the
 * load balancer for them would only take the good lessons away too. Their counts are details,
 * which only admins see.
 */
@Component("content")
class ContentHealth implements HealthIndicator {

    private final ContentService content;

    ContentHealth(ContentService content) {
        this.content = content;
    }

    @Override
    public Health health() {
        Course course = content.course();
        Health.Builder health = course.lessons().isEmpty() ? Health.down() : Health.up();
        if (course.lessons().isEmpty() && !course.errors().isEmpty()) {
            health.withDetail("firstError", course.errors().getFirst().toString());
        }
        return health.withDetail("lessons", course.lessons().size())
                .withDetail("errors", course.errors().size())
                .withDetail("warnings", course.warnings().size())
                .withDetail("folder", content.contentDir().toString())
                .build();
    }
}
