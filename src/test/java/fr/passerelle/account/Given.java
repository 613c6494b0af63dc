package fr.passerelle.account;


import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.support.OfferBuilder;
import fr.passerelle.support.StructureBuilder;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.StructureRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;


/** Rows for account tests, written through the real repositories and services. */
@Singleton
public class Given {

    /** Strong enough for the password policy; every test account uses it. */
    public static final String PASSWORD = "Mot-de-passe-1";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final JdbcOperations jdbc;
    private final StructureRepository structures;
    private final NewAccounts newAccounts;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final DemoStructures demoStructures;
    private final DemoAccounts demoAccounts;
    private final OfferRepository offers;

    public Given(JdbcOperations jdbc, StructureRepository structures, NewAccounts newAccounts, AccountRepository accounts,
          MembershipRepository memberships, DemoStructures demoStructures, DemoAccounts demoAccounts,
          OfferRepository offers) {
        this.offers = offers;
        this.jdbc = jdbc;
        this.structures = structures;
        this.newAccounts = newAccounts;
        this.accounts = accounts;
        this.memberships = memberships;
        this.demoStructures = demoStructures;
        this.demoAccounts = demoAccounts;
    }

    /** A name no other test uses in this database. */
    public static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * The demo accounts, as the start-up creates them next to the demo catalogue (already done
     * when this run's first context found no account; this call only fills gaps).
     */
    @Transactional
    public void demoAccounts() {
        demoAccounts.createMissing(demoStructures.find().orElseThrow());
    }

    /** A validated structure in Melun. */
    @Transactional
    public String structure(String nom) {
        String id = "test-account--" + unique("s");
        structures.insertAll(List.of(StructureBuilder.structure(id).nom(nom).build()));
        return id;
    }

    /** An offer of the structure, at version 1. */
    @Transactional
    public String offer(String structureId, OfferStatus status) {
        String id = "test-account--" + unique("o");
        offers.insert(OfferBuilder.offer(id, structureId).status(status).build());
        return id;
    }

    /** An offer built by the test (own name, date, status…). */
    @Transactional
    public String offer(Offer offer) {
        offers.insert(offer);
        return offer.id();
    }

    /** A fresh offer id for {@link OfferBuilder}. */
    public static String newOfferId() {
        return "test-account--" + unique("o");
    }

    /** A structure in Évry-Courcouronnes (Essonne, 91). */
    @Transactional
    public String structureIn91(String nom, ModerationStatus moderation) {
        String id = "test-account--" + unique("s");
        structures.insertAll(List.of(StructureBuilder.structure(id).nom(nom).moderation(moderation)
                .address(new Address("1 place des Droits de l'Homme", null, "91000", "91228", "Évry-Courcouronnes",
                        48.6295, 2.4401)).build()));
        return id;
    }

    @Transactional
    public String pendingStructure(String nom) {
        String id = "test-account--" + unique("s");
        structures.insertAll(List.of(StructureBuilder.structure(id).nom(nom).moderation(ModerationStatus.EN_ATTENTE).build()));
        return id;
    }

    @Transactional
    public String account(Role role) {
        String username = unique(role.name().toLowerCase());
        newAccounts.create(username, username + "@test.example", "Compte " + username, PASSWORD, role);
        return username;
    }

    @Transactional
    public String operator(String structureId, MembershipRole role) {
        String username = account(Role.OPERATEUR);
        memberships.save(id(username), structureId, role, MembershipStatus.ACTIVE);
        return username;
    }

    /** Makes an existing operator an active member of another structure. */
    @Transactional
    public void member(String username, String structureId, MembershipRole role) {
        memberships.save(id(username), structureId, role, MembershipStatus.ACTIVE);
    }

    @Transactional
    public String joinRequest(String structureId) {
        String username = account(Role.OPERATEUR);
        memberships.save(id(username), structureId, MembershipRole.MEMBRE, MembershipStatus.REQUESTED);
        return username;
    }

    @Transactional
    public String manager(String departement) {
        String username = account(Role.GESTIONNAIRE);
        accounts.addTerritory(id(username), departement);
        return username;
    }

    /** Puts the beneficiary in the referent's caseload. */
    @Transactional
    public void follow(String referent, String beneficiary) {
        accounts.follow(id(referent), id(beneficiary));
    }

    @Transactional
    public long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    @Transactional
    public AccountRef ref(String username) {
        return accounts.findByUsername(username).orElseThrow().ref();
    }

    @Transactional
    public void disable(String username) {
        jdbc.prepareStatement("update account set disabled = true where username = ?", ps -> {
            ps.setString(1, username);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public <T> T sql(String query, JdbcOperationsFunction<T> body) {
        return jdbc.prepareStatement(query, body::apply);
    }

    public interface JdbcOperationsFunction<T> {
        T apply(java.sql.PreparedStatement ps) throws java.sql.SQLException;
    }
}
