package fr.passerelle.account;

import fr.passerelle.support.Api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoAccountsTest {

    @Inject
    DemoAccounts demoAccounts;
    @Inject
    Given given;
    @Inject
    AccountRepository accounts;

    @Test
    void theStartUpTaskRunsAfterTheDemoCatalogueAndBeforeTheSearchIndex() {
        assertThat(demoAccounts.order()).isGreaterThan(fr.passerelle.shared.StartupTask.DEMO_CATALOGUE)
                .isLessThan(fr.passerelle.shared.StartupTask.SEARCH_INDEX);
    }

    @Test
    void noDemoAccountIsCreatedOnceRealAccountsExist() {
        given.account(Role.BENEFICIAIRE);
        long before = count();

        demoAccounts.run();

        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return given.sql("select count(*) from account", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
