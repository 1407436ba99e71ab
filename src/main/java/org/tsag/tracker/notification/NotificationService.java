package org.tsag.tracker.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;

/**
 * What a signed-in user does with notifications: their settings, what they follow, "My work" and
 * the bell. Everything is the signed-in user's own; internal items only for those who may see them.
 * A signed-in name without a user row (none in practice: single sign-on creates one) reads as a user
 * who follows nothing, and cannot save.
 */
@Service
public class NotificationService {

    private final NotificationRepository repository;
    private final DigestQuery digests;
    private final ItemService items;
    private final NotificationProperties properties;

    NotificationService(NotificationRepository repository, DigestQuery digests, ItemService items,
                        NotificationProperties properties) {
        this.repository = repository;
        this.digests = digests;
        this.items = items;
        this.properties = properties;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public NotificationSettings settings() {
        return currentUser().map(user -> repository.settings(user.id()))
                .orElse(new NotificationSettings(Frequency.DAILY, true, 0));
    }

    /** Only chairs and TSB get the reminder before a TSAG meeting. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    public boolean remindersOffered() {
        return CurrentUser.hasAnyRole(Roles.CHAIR, Roles.TSB);
    }

    /** @throws SettingsChangedException when they were saved elsewhere since {@code settings.version()} */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional
    public void saveSettings(NotificationSettings settings) {
        if (!repository.saveSettings(me().id(), settings.frequency(), settings.meetingReminder(), settings.version())) {
            throw new SettingsChangedException();
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public List<Subscription> subscriptions() {
        return currentUser().map(user -> repository.subscriptions(user.id())).orElse(List.of());
    }

    /** Follows an item, plan, resolution or entity; false when already followed. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional
    public boolean follow(FollowTarget target) {
        if (FollowTarget.ITEM.equals(target.kind()) && items.findAmong(ItemFilter.NONE, List.of(target.id())).isEmpty()) {
            // an internal item the user may not see cannot be followed either
            throw new IllegalArgumentException("No such item");
        }
        return repository.subscribe(me().id(), target.kind(), target.id());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional
    public boolean unfollow(long subscriptionId) {
        return repository.unsubscribe(me().id(), subscriptionId);
    }

    /** Whether the signed-in user follows the item; empty for unknown users and items they may not see. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public Optional<FollowState> itemFollowState(long itemId) {
        Optional<NotificationRepository.User> user = currentUser();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return items.findAmong(ItemFilter.NONE, List.of(itemId)).stream().findFirst()
                .map(row -> state(user.get(), target(row)));
    }

    /** Whether the signed-in user follows a PLAN (by code), RESOLUTION (by number) or ENTITY (by code). */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public Optional<FollowState> followState(String kind, String code) {
        Optional<NotificationRepository.User> user = currentUser();
        if (user.isEmpty() || FollowTarget.ITEM.equals(kind)) {
            return Optional.empty();
        }
        return repository.target(kind, code).map(target -> state(user.get(), target));
    }

    /** Follows or stops following what {@code state} is about; gives the state afterwards. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional
    public FollowState setFollowing(FollowState state, boolean follow) {
        FollowTarget target = state.target();
        if (follow) {
            follow(target);
        } else {
            repository.unsubscribe(me().id(), target.kind(), target.id());
        }
        return state(me(), target);
    }

    private FollowState state(NotificationRepository.User user, FollowTarget target) {
        boolean following = repository.subscribed(user.id(), target.kind(), target.id());
        List<String> others = FollowTarget.ITEM.equals(target.kind())
                ? repository.itemReasons(user.id(), target.id()).stream().filter(r -> !FollowQuery.ITEM.equals(r)).toList()
                : List.of();
        return new FollowState(target, following, others);
    }

    /** The plans, resolutions or entities one can follow. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public List<FollowTarget> targets(String kind) {
        return switch (kind) {
            case FollowTarget.PLAN -> repository.plans();
            case FollowTarget.RESOLUTION -> repository.resolutions();
            case FollowTarget.ENTITY -> repository.entities();
            default -> List.of();
        };
    }

    /** Items for the picker, found by the item grid's own full-text search. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public List<FollowTarget> findItems(String text, int offset, int limit) {
        return items.find(itemFilter(text), offset, limit, List.of()).stream()
                .map(NotificationService::target)
                .toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public int countItems(String text) {
        return items.count(itemFilter(text));
    }

    private static ItemFilter itemFilter(String text) {
        return new ItemFilter(Set.of(), null, null, null, null, text == null || text.isBlank() ? null : text.strip(),
                false, null, false);
    }

    private static FollowTarget target(ItemRow row) {
        return new FollowTarget(FollowTarget.ITEM, row.id(), row.plan() + " " + row.code() + " " + row.title());
    }

    /** "My work": the items the user owns or follows, most urgent first. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public List<FollowedItem> work(WorkFilter filter, int offset, int limit) {
        LocalDate today = today();
        return currentUser().map(user -> repository.work(user.id(), CurrentUser.canSeeInternal(), filter, today,
                lastMeetingEnd(today), offset, limit)).orElse(List.of());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public int countWork(WorkFilter filter) {
        LocalDate today = today();
        return currentUser().map(user -> repository.countWork(user.id(), CurrentUser.canSeeInternal(), filter, today,
                lastMeetingEnd(today))).orElse(0);
    }

    /** The last TSAG meeting before today, whose end "awaiting my report" counts from. */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public java.util.Optional<String> lastMeeting() {
        return digests.previousTsagMeeting(today()).map(Digest.MeetingRef::code);
    }

    /** How many changes on followed items the user has not yet seen in the app (0 for unknown users). */
    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public int unreadCount() {
        return currentUser().map(user -> repository.unread(user, CurrentUser.canSeeInternal())).orElse(0);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional(readOnly = true)
    public List<Notice> notices(int limit) {
        return currentUser().map(user -> repository.notices(user, CurrentUser.canSeeInternal(), limit)).orElse(List.of());
    }

    @RolesAllowed({Roles.ADMIN, Roles.CHAIR, Roles.TSB, Roles.MEMBER})
    @Transactional
    public void markAllRead() {
        currentUser().ifPresent(user -> repository.markRead(user.id()));
    }

    private LocalDate today() {
        return LocalDate.now(properties.zone());
    }

    private LocalDate lastMeetingEnd(LocalDate today) {
        return digests.previousTsagMeeting(today).map(Digest.MeetingRef::endDate).orElse(LocalDate.of(1900, 1, 1));
    }

    private java.util.Optional<NotificationRepository.User> currentUser() {
        return CurrentUser.name().flatMap(repository::user);
    }

    private NotificationRepository.User me() {
        return currentUser().orElseThrow(() -> new IllegalStateException("Not a user of the tracker"));
    }
}
