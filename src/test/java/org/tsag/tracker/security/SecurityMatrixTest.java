package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.CanRead;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Every role × every service method: the service itself allows or denies, whatever the UI shows.
 * Each call runs in a transaction that is rolled back. A public service method without
 * {@code @RolesAllowed} or {@code @CanRead}, or a privileged method missing from the table below,
 * fails this test.
 */
@IntegrationTest
class SecurityMatrixTest {

    private static final List<String> ROLES = List.of("ADMIN", "CHAIR", "TSB", "MEMBER", "ANONYMOUS");
    private static final Set<String> SIGNED_IN = Set.of("ADMIN", "CHAIR", "TSB", "MEMBER");
    private static final Set<String> TSB_AND_CHAIR = Set.of("TSB", "CHAIR");
    private static final Set<String> REPORTERS = Set.of("TSB", "CHAIR", "ADMIN");

    /** Who may call each privileged method: the rights of the roles in issue 6. */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("ApiTokenService.create", SIGNED_IN),
            Map.entry("ApiTokenService.mine", SIGNED_IN),
            Map.entry("ApiTokenService.revoke", SIGNED_IN),
            Map.entry("UserLocaleService.current", SIGNED_IN),
            Map.entry("UserLocaleService.choose", SIGNED_IN),
            Map.entry("AuditService.count", Set.of("CHAIR")),
            Map.entry("BackupService.exportTo", Set.of("ADMIN")),
            Map.entry("BackupService.importFrom", Set.of("ADMIN")),
            Map.entry("AuditService.find", Set.of("CHAIR")),
            Map.entry("AuditService.tables", Set.of("CHAIR")),
            Map.entry("DemoDataService.databaseIsEmpty", Set.of("ADMIN")),
            Map.entry("DemoDataService.loadIfEmpty", Set.of("ADMIN")),
            Map.entry("DemoUsers.create", Set.of("ADMIN")),
            Map.entry("ExchangeService.apply", TSB_AND_CHAIR),
            Map.entry("ExchangeService.importFile", TSB_AND_CHAIR),
            Map.entry("ExchangeService.preview", Set.of("TSB", "CHAIR", "ADMIN")),
            Map.entry("ItemService.createItem", TSB_AND_CHAIR),
            Map.entry("ItemService.createPlan", Set.of("CHAIR")),
            Map.entry("ItemService.update", TSB_AND_CHAIR),
            Map.entry("ItemService.updateAll", TSB_AND_CHAIR),
            Map.entry("ItemService.carryOver", TSB_AND_CHAIR),
            Map.entry("ItemService.saveView", SIGNED_IN),
            Map.entry("MeetingService.create", Set.of("ADMIN")),
            Map.entry("NotificationService.settings", SIGNED_IN),
            Map.entry("NotificationService.remindersOffered", SIGNED_IN),
            Map.entry("NotificationService.saveSettings", SIGNED_IN),
            Map.entry("NotificationService.subscriptions", SIGNED_IN),
            Map.entry("NotificationService.follow", SIGNED_IN),
            Map.entry("NotificationService.unfollow", SIGNED_IN),
            Map.entry("NotificationService.itemFollowState", SIGNED_IN),
            Map.entry("NotificationService.followState", SIGNED_IN),
            Map.entry("NotificationService.setFollowing", SIGNED_IN),
            Map.entry("NotificationService.targets", SIGNED_IN),
            Map.entry("NotificationService.findItems", SIGNED_IN),
            Map.entry("NotificationService.countItems", SIGNED_IN),
            Map.entry("NotificationService.work", SIGNED_IN),
            Map.entry("NotificationService.countWork", SIGNED_IN),
            Map.entry("NotificationService.lastMeeting", SIGNED_IN),
            Map.entry("NotificationService.unreadCount", SIGNED_IN),
            Map.entry("NotificationService.notices", SIGNED_IN),
            Map.entry("NotificationService.markAllRead", SIGNED_IN),
            Map.entry("NotificationAdminService.summary", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.outbox", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.countOutbox", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.content", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.resend", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.entityContacts", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.people", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.setContacts", Set.of("ADMIN")),
            Map.entry("NotificationAdminService.demoLoaded", Set.of("ADMIN")),
            Map.entry("ReportService.mayIncludeInternal", REPORTERS),
            Map.entry("ReportService.options", REPORTERS),
            Map.entry("ReportService.report", REPORTERS),
            Map.entry("ReportService.writeDocx", REPORTERS),
            Map.entry("ReportService.writePdf", REPORTERS),
            Map.entry("ResolutionService.importRevision", TSB_AND_CHAIR),
            Map.entry("RevisionTextService.saveTranslation", TSB_AND_CHAIR),
            Map.entry("ResolutionService.previewImport", TSB_AND_CHAIR),
            Map.entry("StatusJournal.bulkReport", TSB_AND_CHAIR),
            Map.entry("StatusJournal.finishGenerated", Set.of("ADMIN")),
            Map.entry("StatusJournal.appendGenerated", Set.of("ADMIN")),
            Map.entry("StatusJournal.record", TSB_AND_CHAIR),
            Map.entry("StatusJournal.recordCarryOver", TSB_AND_CHAIR),
            Map.entry("StatusJournal.report", TSB_AND_CHAIR),
            Map.entry("StatusJournal.reportAll", TSB_AND_CHAIR),
            Map.entry("StatusJournal.reportClause", TSB_AND_CHAIR),
            Map.entry("StatusJournal.startGenerated", Set.of("ADMIN")),
            Map.entry("SyntheticDataService.generate", Set.of("ADMIN")),
            Map.entry("UserService.create", Set.of("ADMIN")),
            Map.entry("UserService.list", Set.of("ADMIN")),
            Map.entry("UserService.resetPassword", Set.of("ADMIN")),
            Map.entry("UserService.roles", Set.of("ADMIN")),
            Map.entry("UserService.setEnabled", Set.of("ADMIN")),
            Map.entry("UserService.setRoles", Set.of("ADMIN")));

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void every_role_can_call_exactly_what_its_rights_allow() {
        Map<String, Map<String, Boolean>> actual = new TreeMap<>();
        Map<String, Map<String, Boolean>> expected = new TreeMap<>();
        List<String> unguarded = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.tsag.tracker")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                Set<String> allowed;
                if (method.isAnnotationPresent(RolesAllowed.class)) {
                    allowed = EXPECTED.get(name);
                    assertThat(allowed).as(name + " is privileged but missing from the matrix").isNotNull();
                } else if (method.isAnnotationPresent(CanRead.class)) {
                    allowed = SIGNED_IN;
                } else {
                    unguarded.add(name);
                    continue;
                }
                Map<String, Boolean> row = new LinkedHashMap<>();
                Map<String, Boolean> want = new LinkedHashMap<>();
                for (String role : ROLES) {
                    row.put(role, permitted(bean, method, role));
                    want.put(role, allowed.contains(role));
                }
                actual.put(name, row);
                expected.put(name, want);
            }
        }
        assertThat(unguarded).as("public service methods without @RolesAllowed or @CanRead").isEmpty();
        assertThat(actual).as("methods checked").hasSizeGreaterThanOrEqualTo(EXPECTED.size());
        List<String> mismatches = new ArrayList<>();
        expected.forEach((name, want) -> want.forEach((role, allowed) -> {
            if (!allowed.equals(actual.get(name).get(role))) {
                mismatches.add(name + " as " + role + ": expected " + (allowed ? "allowed" : "denied"));
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    private boolean permitted(Object bean, Method method, String role) {
        authenticate(role);
        TransactionTemplate rollback = new TransactionTemplate(transactionManager);
        try {
            return Boolean.TRUE.equals(rollback.execute(status -> {
                status.setRollbackOnly();
                try {
                    method.invoke(bean, defaultArguments(method));
                    return true;
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    return !(cause instanceof AccessDeniedException
                            || cause instanceof AuthorizationDeniedException
                            || cause instanceof AuthenticationCredentialsNotFoundException);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }));
        } catch (RuntimeException e) {
            // an allowed call that failed on the dummy arguments, e.g. a constraint at commit
            return !(e instanceof AccessDeniedException);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void authenticate(String role) {
        var authentication = "ANONYMOUS".equals(role)
                ? new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase() + "@example.org", null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static Object[] defaultArguments(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(type -> {
                    if (type == int.class || type == long.class || type == short.class) {
                        return type == long.class ? (Object) 0L : type == short.class ? (Object) (short) 0 : (Object) 0;
                    }
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == double.class) {
                        return 0d;
                    }
                    return null;
                })
                .toArray();
    }
}
