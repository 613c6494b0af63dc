package fr.passerelle.account;

import fr.passerelle.shared.StartupTask;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * One account per role for demonstrations, created only alongside the demo catalogue and
 * only while no account exists: a real deployment (no demo structures, or real users
 * already) never gets accounts with a well-known password.
 */
@Singleton
class DemoAccounts implements StartupTask {

    static final int ORDER = 350; // after DEMO_CATALOGUE (300), before SEARCH_INDEX (400)
    static final String DEPARTEMENT = "77";
    static final List<String> BENEFICIARIES = List.of("beneficiaire1", "beneficiaire2", "beneficiaire3",
            "beneficiaire4");
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final boolean demoEnabled;
    private final String password;
    private final DemoStructures demoStructures;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final NewAccounts newAccounts;
    private final Passwords passwords;

    DemoAccounts(@Value("${passerelle.demo.enabled:false}") boolean demoEnabled,
                 @Value("${passerelle.demo.password:demo}") String password, DemoStructures demoStructures,
                 AccountRepository accounts, MembershipRepository memberships, NewAccounts newAccounts,
                 Passwords passwords) {
        this.demoEnabled = demoEnabled;
        this.password = password;
        this.demoStructures = demoStructures;
        this.accounts = accounts;
        this.memberships = memberships;
        this.newAccounts = newAccounts;
        this.passwords = passwords;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoEnabled) {
            return;
        }
        if (accounts.any()) {
            warnIfWellKnownPassword();
            return;
        }
        demoStructures.find().ifPresentOrElse(this::createMissing,
                () -> LOG.info("No demo catalogue structures: no demo accounts created"));
    }

    /** Creates the demo accounts that do not exist yet, bound to these structures. */
    @Transactional
    void createMissing(DemoStructures.Found structures) {
        create("admin", "Administratrice (démo)", Role.ADMINISTRATEUR);
        create("gestionnaire77", "Gestionnaire Seine-et-Marne (démo)", Role.GESTIONNAIRE).ifPresent(id -> {
            accounts.addTerritory(id, DEPARTEMENT);
            if (accounts.territoriesOf(id).isEmpty()) {
                LOG.warn("Département {} is not in the gazetteer: gestionnaire77 manages no territory", DEPARTEMENT);
            }
        });
        create("operateur1", "Opérateur 1 (démo)", Role.OPERATEUR).ifPresent(id -> memberships.save(id,
                structures.operator1StructureId(), MembershipRole.ADMIN, MembershipStatus.ACTIVE));
        create("operateur2", "Opératrice 2 (démo)", Role.OPERATEUR).ifPresent(id -> memberships.save(id,
                structures.operator2StructureId(), MembershipRole.MEMBRE, MembershipStatus.ACTIVE));
        List<Long> beneficiaries = BENEFICIARIES.stream()
                .map(name -> create(name, "Bénéficiaire " + name.substring(name.length() - 1) + " (démo)",
                        Role.BENEFICIAIRE))
                .flatMap(java.util.Optional::stream).toList();
        create("referent1", "Référente 1 (démo)", Role.REFERENT).ifPresent(id -> {
            accounts.setReferentOrganisation(id, accounts.insertReferentOrganisation(
                    "Maison départementale des solidarités de Melun (démo)", departementIfKnown()));
            beneficiaries.forEach(beneficiary -> accounts.follow(id, beneficiary));
        });
        LOG.warn("Demo accounts created (admin, gestionnaire77, operateur1, operateur2, referent1, beneficiaire1-4)"
                + " with the demo password: never expose this instance to the Internet");
    }

    private java.util.Optional<Long> create(String username, String nom, Role role) {
        if (accounts.exists(username)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(newAccounts.createTrusted(username, username + "@demo.passerelle.invalid", nom,
                password, role));
    }

    private String departementIfKnown() {
        return accounts.departementExists(DEPARTEMENT) ? DEPARTEMENT : null;
    }

    private void warnIfWellKnownPassword() {
        accounts.findByUsername("admin")
                .filter(admin -> admin.email().endsWith("@demo.passerelle.invalid"))
                .filter(admin -> passwords.matches("demo", admin.passwordHash()))
                .ifPresent(admin -> LOG.warn("The demo account 'admin' still has the password 'demo': "
                        + "never expose this instance to the Internet"));
    }
}
