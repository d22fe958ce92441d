package org.cpchub.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;

/**
 * Fills an empty database on first start. With demo data switched on: the Corporate Parenting
 * Committee, the Children's Services Overview and Scrutiny Committee and the Fostering and Adoption
 * Panel as in the council's 2024 papers (officers by role title, councillors with invented names) and
 * one login per role, and the Corporate Parenting Strategy 2022-24 with its measures, values and engagement plan
 * ({@link DemoStrategy}). With it off (production): only an {@code admin} login with a one-time random
 * password written to the server log. Runs only while there are no user accounts, so restarts and
 * redeployments change nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {
    /** The demo password of every demo login; printed by the run command and in README.md. */
    public static final String DEMO_PASSWORD = "CorporateParent2026!";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final LocalDate MUNICIPAL_YEAR_2024 = LocalDate.of(2024, 5, 20);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    java.time.Clock clock;

    private final Map<String, Person> people = new HashMap<>();
    private UserAccount officerLogin;
    private UserAccount memberLogin;

    @PostConstruct
    void loadIfEmpty() {
        long accounts = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        if (Settings.demoData()) {
            loadDemo();
            LOG.info("Demo data loaded: 3 committees, their members, meetings since 2022, one login per role and the"
                    + " Corporate Parenting Strategy 2022-24 with its measures");
        } else {
            String password = randomPassword();
            em.persist(new UserAccount("admin", "Administrator", hasher.hash(password), EnumSet.of(Role.ADMIN)));
            LOG.warning("First start without demo data: created user 'admin' with the one-time password "
                    + password + " - sign in and change it.");
        }
    }

    private void loadDemo() {
        user("admin", "System Administrator", Role.ADMIN);
        user("clerk", "Senior Democratic Services Officer", Role.CLERK);
        officerLogin = user("officer", "Head of Service for Children Looked After", Role.OFFICER);
        memberLogin = user("member", "Cllr Alex Morgan", Role.MEMBER);
        user("panel", "Fostering and Adoption Panel Adviser", Role.PANEL);
        user("adm", "Agency Decision Maker", Role.DECISION_MAKER);
        user("analyst", "Performance and Intelligence Analyst", Role.ANALYST);

        Committee cpc = committee("Corporate Parenting Committee", CommitteeKind.COMMITTEE, 3,
                "To monitor and challenge how well the council meets its duties as corporate parent to children"
                        + " looked after and care leavers, against the Corporate Parenting Strategy; to receive"
                        + " performance reports, the Fostering and Adoption Statements of Purpose and the annual"
                        + " report of the Fostering and Adoption Panel; and to hear the voice of children in care"
                        + " through the Children in Care Council.");
        Committee scrutiny = committee("Children's Services Overview and Scrutiny Committee",
                CommitteeKind.SCRUTINY_COMMITTEE, 3,
                "To scrutinise the performance, policies and budget of Children's Services, including children's"
                        + " social care, education and early help, and to make recommendations to Cabinet.");
        Committee panel = committee("Fostering and Adoption Panel", CommitteeKind.PANEL, 5,
                "To recommend on the suitability of fostering and adoption applicants, the terms of approval"
                        + " and first annual reviews of foster carers, and adoption matches, to the agency"
                        + " decision maker (Fostering Services (England) Regulations 2011 regs 23-25; Adoption"
                        + " Agencies Regulations 2005 regs 3-6).");
        panel.setDefaultVenue("Civic Offices, New Road, Grays");

        councillor("Cllr Alex Morgan", "Independent", "Aveley and Uplands");
        councillor("Cllr Priya Shah", "Labour", "Grays Riverside");
        councillor("Cllr Tom Barker", "Conservative", "Stanford-le-Hope West");
        councillor("Cllr Helen Okafor", "Labour", "Tilbury St Chads");
        councillor("Cllr James Whitfield", "Conservative", "Orsett");
        councillor("Cllr Sarah Lindqvist", "Independent", "Chafford and North Stifford");
        councillor("Cllr Daniel Achebe", "Labour", "West Thurrock and South Stifford");
        councillor("Cllr Ruth Pemberton", "Conservative", "Corringham and Fobbing");
        Person governor = person("Parent Governor Representative", PersonKind.CO_OPTED_MEMBER);
        governor.setOrganisation("Thurrock schools");

        officer("Head of Service for Children Looked After", "Children's Social Care");
        officer("Service Manager Fostering and Adoption", "Children's Social Care");
        officer("Virtual School Head", "Education and Skills");
        officer("Head of Independent Reviewing Service", "Quality Assurance");
        officer("Corporate Director of Children's Services", "Children's Services");
        officer("Senior Democratic Services Officer", "Democratic Services");
        partner("Participation Lead", "Thurrock Young Voices (Children in Care Council)");
        partner("SET CAMHS Service Lead", "Southend, Essex and Thurrock CAMHS");
        partner("ICB Deputy Director", "Mid and South Essex Integrated Care Board");
        partner("Open Door Service Manager", "Open Door");

        seat(cpc, "Cllr Alex Morgan", MembershipRole.CHAIR);
        seat(cpc, "Cllr Priya Shah", MembershipRole.VICE_CHAIR);
        seat(cpc, "Cllr Tom Barker", MembershipRole.MEMBER);
        seat(cpc, "Cllr Helen Okafor", MembershipRole.MEMBER);
        seat(cpc, "Cllr James Whitfield", MembershipRole.MEMBER);
        seat(cpc, "Cllr Sarah Lindqvist", MembershipRole.MEMBER);
        seat(cpc, "Parent Governor Representative", MembershipRole.CO_OPTED_MEMBER);
        seat(cpc, "Cllr Ruth Pemberton", MembershipRole.SUBSTITUTE);
        seat(cpc, "Head of Service for Children Looked After", MembershipRole.LEAD_OFFICER);
        seat(cpc, "Senior Democratic Services Officer", MembershipRole.MINUTE_TAKER);
        seat(cpc, "Participation Lead", MembershipRole.PARTNER_REPRESENTATIVE);

        seat(scrutiny, "Cllr Daniel Achebe", MembershipRole.CHAIR);
        seat(scrutiny, "Cllr Ruth Pemberton", MembershipRole.VICE_CHAIR);
        seat(scrutiny, "Cllr Tom Barker", MembershipRole.MEMBER);
        seat(scrutiny, "Cllr Helen Okafor", MembershipRole.MEMBER);
        seat(scrutiny, "Cllr James Whitfield", MembershipRole.MEMBER);
        seat(scrutiny, "Parent Governor Representative", MembershipRole.CO_OPTED_MEMBER);
        seat(scrutiny, "Corporate Director of Children's Services", MembershipRole.LEAD_OFFICER);

        panelMember(panel, "Independent Panel Chair", MembershipRole.CHAIR, p -> p.setIndependentMember(true));
        panelMember(panel, "Panel Vice-Chair", MembershipRole.VICE_CHAIR, p -> {
            p.setSocialWorker(true);
            p.setPqeYears(14);
        });
        panelMember(panel, "Panel Social Worker (Fostering)", MembershipRole.MEMBER, p -> {
            p.setSocialWorker(true);
            p.setPqeYears(6);
        });
        panelMember(panel, "Panel Social Worker (Adoption)", MembershipRole.MEMBER, p -> {
            p.setSocialWorker(true);
            p.setPqeYears(2);
        });
        panelMember(panel, "Independent Member, Foster Carer", MembershipRole.MEMBER, p -> p.setIndependentMember(true));
        panelMember(panel, "Independent Member, Adoptive Parent", MembershipRole.MEMBER, p -> p.setIndependentMember(true));
        panelMember(panel, "Care-Experienced Member", MembershipRole.MEMBER, p -> {
            p.setIndependentMember(true);
            p.setCareExperienced(true);
        });
        panelMember(panel, "Panel Medical Adviser", MembershipRole.MEDICAL_ADVISER, p -> p.setMedicalAdviser(true));
        panelMember(panel, "Panel Legal Adviser", MembershipRole.LEGAL_ADVISER, p -> p.setLegalAdviser(true));
        panelMember(panel, "Fostering and Adoption Panel Adviser", MembershipRole.PANEL_ADVISER, p -> { });
        panelMember(panel, "Panel Minute-taker", MembershipRole.MINUTE_TAKER, p -> { });
        em.flush();
        officerLogin.setPersonId(people.get("Head of Service for Children Looked After").getId());
        memberLogin.setPersonId(people.get("Cllr Alex Morgan").getId());
        DemoMeetings meetings = new DemoMeetings(em, people::get);
        meetings.load(cpc);
        meetings.loadScrutiny(scrutiny);
        DemoStrategy strategy = new DemoStrategy(em, LocalDate.now(clock));
        strategy.load();
        audit.record(AuditAction.CREATE, "DemoData", null, "demo data",
                "loaded 3 committees, " + people.size() + " people, their meetings since 2022, 7 demo logins and the"
                        + " Corporate Parenting Strategy 2022-24 with " + strategy.valueCount() + " measure values");
    }

    /**
     * The Corporate Parenting Committee's demo meetings and the demo strategy linked to them, for the persistence
     * tests of other contexts (the people are made by {@code person}, one per name).
     */
    public static org.cpchub.domain.strategy.Strategy loadMeetingsAndStrategy(EntityManager em,
            org.cpchub.domain.directory.Committee cpc, java.util.function.Function<String, Person> person,
            LocalDate today) {
        new DemoMeetings(em, person).load(cpc);
        em.flush();
        return new DemoStrategy(em, today).load();
    }

    private UserAccount user(String username, String name, Role role) {
        UserAccount account = new UserAccount(username, name, hasher.hash(DEMO_PASSWORD), Set.of(role));
        em.persist(account);
        return account;
    }

    private Committee committee(String name, CommitteeKind kind, int quorum, String terms) {
        Committee c = new Committee(name, kind, quorum);
        c.setTermsOfReference(terms);
        c.setDefaultVenue("Council Chamber, Civic Offices, New Road, Grays, Essex, RM17 6SL");
        em.persist(c);
        return c;
    }

    private Person person(String name, PersonKind kind) {
        Person p = new Person(name, kind);
        em.persist(p);
        people.put(name, p);
        return p;
    }

    private void councillor(String name, String party, String ward) {
        Person p = person(name, PersonKind.COUNCILLOR);
        p.setParty(party);
        p.setWard(ward);
        p.setEmail(name.replace("Cllr ", "").toLowerCase().replace(' ', '.') + "@members.example.gov.uk");
    }

    private void officer(String title, String service) {
        Person p = person(title, PersonKind.OFFICER);
        p.setJobTitle(title);
        p.setService(service);
    }

    private void partner(String title, String organisation) {
        Person p = person(title + ", " + organisation, PersonKind.PARTNER);
        p.setJobTitle(title);
        p.setOrganisation(organisation);
        people.put(title, p);
    }

    private void seat(Committee c, String personName, MembershipRole role) {
        em.persist(new Membership(c, people.get(personName), role, MUNICIPAL_YEAR_2024));
    }

    private void panelMember(Committee panel, String name, MembershipRole role,
                             java.util.function.Consumer<org.cpchub.domain.directory.CentralListProfile> profile) {
        Person p = person(name, PersonKind.PANEL_MEMBER);
        p.getCentralList().setOnCentralList(true);
        profile.accept(p.getCentralList());
        seat(panel, name, role);
    }

    private static String randomPassword() {
        String words = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(words.charAt(random.nextInt(words.length())));
        }
        return sb.toString();
    }
}
