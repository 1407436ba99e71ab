package org.tsag.tracker;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.tsag.tracker.testsupport.PackagedApp;

/**
 * The screenshots of docs/i18n.md: dashboard, grid, an item page, the meeting projector and the phone view in
 * Arabic and Chinese. Only on demand, as they are looked at by a person rather than asserted:
 * {@code ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=I18nScreenshotsIT
 * -Dtracker.screenshots=docs/i18n} (Chinese needs a CJK font in the browser's machine, e.g. fonts-wqy-microhei).
 */
@EnabledIfSystemProperty(named = "tracker.screenshots", matches = ".+")
class I18nScreenshotsIT {

    @Test
    void screenshots_in_arabic_and_chinese() throws Exception {
        Path folder = Path.of(System.getProperty("tracker.screenshots"));
        Files.createDirectories(folder);
        try (PackagedApp app = PackagedApp.start("screenshots-it")) {
            app.signIn();
            for (String language : new String[] {"ar", "zh"}) {
                shot(app, folder, "dashboard-" + language, "?lang=" + language, 1366, 1100);
                shot(app, folder, "grid-" + language, "items?lang=" + language, 1366, 768);
                shot(app, folder, "item-" + language, "items/WTSA24/68-3?lang=" + language, 1366, 1100);
                shot(app, folder, "meeting-" + language, "meeting?lang=" + language, 1366, 768);
                shot(app, folder, "meeting-slide-" + language, "meeting?slide=2&lang=" + language, 1366, 768);
                shot(app, folder, "phone-" + language, "meeting/phone?lang=" + language, 390, 844);
            }
        }
    }

    private static void shot(PackagedApp app, Path folder, String name, String path, int width, int height)
            throws Exception {
        app.windowSize(width, height);
        app.open(path);
        Thread.sleep(500); // images (charts, QR code) load after the round trip
        byte[] png = ((TakesScreenshot) app.browser()).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }
}
