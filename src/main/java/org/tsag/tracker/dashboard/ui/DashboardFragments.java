package org.tsag.tracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.since.SinceService;
import org.tsag.tracker.live.LiveCache;
import org.tsag.tracker.live.LiveCaches;

/**
 * The read-only parts of the dashboard, built once per node for every screen that shows the same
 * period, day, language and visibility, until the next change this node hears of (a
 * {@link LiveCache}). A live update used to rebuild component trees in each of hundreds of open
 * sessions and encode them one by one; now each session only compares the shared strings with those
 * it shows and sends the one property that differs (docs/live-updates.md, docs/benchmarks.md).
 * When a change is about to reach the screens, every fragment in use is built again ahead of them
 * ({@link LiveCaches}), so what a value is built from must not hold on to a screen: translations
 * come from a {@link Translator#of locale's translator}, never from a view.
 */
@Component
class DashboardFragments {

    /** Rows of each "since" list shown at once; the rest on demand. */
    static final int SINCE_PREVIEW = 10;

    private final DashboardService service;
    private final SinceService since;
    private final LiveCache<MainKey, Main> mains;
    private final LiveCache<SinceKey, SinceLists> sinces;

    private final ChartImages images;

    DashboardFragments(DashboardService service, SinceService since, LiveCaches caches, ChartImages images) {
        this.service = service;
        this.images = images;
        this.since = since;
        this.mains = caches.create(64);
        this.sinces = caches.create(64);
    }

    private record MainKey(String period, LocalDate today, Locale locale, boolean internal) {
    }

    private record SinceKey(String from, String to, String period, LocalDate today, Locale locale, boolean internal) {
    }

    /** The dashboard and its HTML parts; without any item, the heatmap is the only chart. */
    record Main(Dashboard dashboard, String figures, String forTsag, List<DashboardHtml.Chart> charts) {

        Main {
            charts = List.copyOf(charts);
        }

        boolean empty() {
            return dashboard.figures().total() == 0;
        }
    }

    /** The window's title, the picker's start, and each list's HTML preview and size. */
    record SinceLists(Optional<Since> since, String title, List<SinceList> lists) {

        SinceLists {
            lists = List.copyOf(lists);
        }
    }

    /** A list's id, how many rows it has, and the HTML of its first rows. */
    record SinceList(String id, int size, String preview) {
    }

    /** {@code period} null for all periods; {@code t} translates into {@code locale}. */
    Main main(String period, LocalDate today, Locale locale, Translator t) {
        boolean internal = CurrentUser.canSeeInternal();
        return mains.get(new MainKey(period, today, locale, internal), () -> buildMain(period, today, locale, t));
    }

    private Main buildMain(String period, LocalDate today, Locale locale, Translator t) {
        Dashboard dashboard = service.dashboard(period, today);
        DashboardHtml html = new DashboardHtml(t, dashboard, images, locale);
        List<DashboardHtml.Chart> charts = new ArrayList<>();
        if (dashboard.figures().total() > 0) {
            charts.add(html.bars("chart-entity", "chart.entity.title", "entity", dashboard.byEntity()));
            charts.add(html.bars("chart-resolution", "chart.resolution.title", "resolution", dashboard.byResolution()));
        }
        if (!dashboard.progress().isEmpty()) {
            charts.add(html.progress());
        }
        charts.add(html.heatmap());
        return new Main(dashboard, html.figures(), html.forTsag(today), charts);
    }

    SinceLists since(String from, String to, Dashboard dashboard, LocalDate today, Locale locale, Translator t) {
        boolean internal = CurrentUser.canSeeInternal();
        String period = dashboard.period();
        return sinces.get(new SinceKey(from, to, period, today, locale, internal),
                () -> buildSince(from, to, period, today, locale, t));
    }

    /** Reads the period's dashboard again (from its cache): the value may be built again after a change. */
    private SinceLists buildSince(String from, String to, String period, LocalDate today, Locale locale, Translator t) {
        Optional<Since> result = since.since(from, to, period, today);
        if (result.isEmpty()) {
            return new SinceLists(result, t.get("since.title.none"), List.of());
        }
        Since s = result.get();
        List<DashboardHtml.ItemChanges> items = DashboardHtml.byItem(s);
        DashboardHtml html = new DashboardHtml(t, service.dashboard(period, today), images, locale);
        String preview = html.changes(s, items, SINCE_PREVIEW);
        return new SinceLists(result, html.sinceTitle(s),
                List.of(new SinceList(ITEMS, items.size(), preview)));
    }

    /** The id of the one list of what moved, one row per item. */
    static final String ITEMS = "since-items";

    /** The whole list, on demand (not cached: one user asked for it). */
    String wholeList(String listId, String from, String to, Dashboard dashboard, LocalDate today, Locale locale,
                     Translator t) {
        return since.since(from, to, dashboard.period(), today)
                .map(s -> new DashboardHtml(t, dashboard, images, locale).changes(s, DashboardHtml.byItem(s), Integer.MAX_VALUE))
                .orElse("");
    }

    List<Since.MeetingOption> meetings() {
        return since.meetings();
    }
}
