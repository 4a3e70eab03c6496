package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diffusioncourse.operations.Migrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The remember-me key is made once per database, by whichever instance asks first, and every
 * instance gets that one, even when several start at the same moment.
 */
class RememberMeKeyTest {

    private static final int INSTANCES = 8;

    @Test
    void instancesStartingAtOnceAllGetTheOneKeyThatWasStored() throws Exception {
        String url = "jdbc:h2:mem:remember-me-key;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource data = new DriverManagerDataSource(url, "course", "");
        Flyway.configure().dataSource(data).locations(Migrations.locations(url)).load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
        Set<String> keys = new HashSet<>();
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                started.add(instances.submit(() -> {
                    go.await();
                    return RememberMeKey.of(jdbc, new SecureRandom());
                }));
            }
            go.countDown();
            for (Future<String> instance : started) {
                keys.add(instance.get());
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(keys).singleElement().asString().hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(jdbc.sql("select info_value from app_info where name = :name").param("name", RememberMeKey.NAME)
                .query(String.class).list()).containsExactlyElementsOf(keys);
        assertThat(RememberMeKey.of(jdbc, new SecureRandom())).as("a restart reads it back").isEqualTo(keys.iterator().next());
    }
}
