package io.newsroom.e2e;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine's own headless Chromium and chromedriver (Debian's {@code chromium} and {@code chromium-driver}; other
 * places through {@code CHROME_BIN} and {@code CHROMEDRIVER}). Both are given to Selenium explicitly, so it never tries
 * to download a browser or a driver.
 */
record Chromium(Path browser, Path driver) {

    static Optional<Chromium> find() {
        Optional<Path> browser = first(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        Optional<Path> driver = first(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        return browser.isPresent() && driver.isPresent() ? Optional.of(new Chromium(browser.get(), driver.get())) : Optional.empty();
    }

    private static Optional<Path> first(String... candidates) {
        return java.util.Arrays.stream(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    ChromeDriver start(int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // --no-sandbox: the build may run as root, where Chromium's sandbox refuses to start.
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-GB"));
        return new ChromeDriver(service, options);
    }
}
