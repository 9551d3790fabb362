package dev.migrate.boot.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small application that uses the starter as users will. Spring Data JDBC (on the test class path
 * for the {@code @DataJdbcTest} slice test) knows no SQLite dialect, so its repositories are off here.
 */
@SpringBootApplication(excludeName = "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration")
public class TestApplication {

    public static void main(String[] args) {
        SpringApplication.run(TestApplication.class, args);
    }

    @RestController
    static class HelloController {

        @GetMapping("/hello")
        String hello() {
            return "hello";
        }
    }
}
