// The desktop's typed hub client (core/sync/hubapi.h and its feature classes) against the real
// parley-hub process: typed replies for each feature, and typed errors with the status, the
// hub's code and the wording of the one error table.
#include "core/sync/creditsapi.h"
#include "core/sync/peopleapi.h"
#include "core/sync/predefinedtextsapi.h"
#include "core/sync/recordsapi.h"
#include "hubprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace parley;
using namespace parley::testing;

namespace {

// Runs one typed call and waits (bounded) for its single answer.
template <typename T, typename Call> std::optional<HubResult<T>> answer(Call call)
{
    std::optional<HubResult<T>> result;
    int calls = 0;
    call([&](const HubResult<T> &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 10000))
        return std::nullopt;
    return calls == 1 ? result : std::nullopt;
}

} // namespace

class HubTypedClientTest : public QObject {
    Q_OBJECT
private:
    HubProcess m_hub;
    HubClient m_admin;
    HubClient m_viewer;

private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                               QStringLiteral("admin-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("vera"), QStringLiteral("viewer"),
                               QStringLiteral("viewer-password")));
        QVERIFY(m_hub.start());
        for (auto [client, login, password] : {std::tuple{&m_admin, "admin", "admin-password"},
                                               std::tuple{&m_viewer, "vera", "viewer-password"}}) {
            client->setHub(m_hub.url());
            client->setToken(m_hub.login(QLatin1String(login), QLatin1String(password)));
            QVERIFY(!client->token().isEmpty());
        }
    }

    void creditsAnswerTyped()
    {
        const CreditsApi credits{HubApi(&m_admin)};
        const auto summary =
            answer<CreditSummary>([&](auto done) { credits.summary(std::move(done)); });
        QVERIFY(summary && summary->ok());
        QVERIFY(!summary->value().planId.isEmpty());
        QCOMPARE(summary->value().balance, Credits(0));

        AutoRechargeSettings settings{true, 500, 2000};
        const auto changed = answer<CreditSummary>(
            [&](auto done) { credits.setAutoRecharge(settings, std::move(done)); });
        QVERIFY(changed && changed->ok());
        QCOMPARE(changed->value().autoRecharge.enabled, true);
        QCOMPARE(changed->value().autoRecharge.minimumBalance, Credits(500));
        QCOMPARE(changed->value().autoRecharge.creditsToAdd, Credits(2000));

        const auto trial = answer<TrialStatus>([&](auto done) { credits.trial(std::move(done)); });
        QVERIFY(trial && trial->ok());
        QVERIFY(!trial->value().state.isEmpty());

        const auto page = answer<LedgerPage>([&](auto done) {
            credits.ledger(LedgerQuery{10, 0, {}, 0, 0}, std::move(done));
        });
        QVERIFY(page && page->ok());
    }

    void refusalsAnswerTypedErrors()
    {
        const CreditsApi credits{HubApi(&m_admin)};
        const auto unknownPlan = answer<CreditSummary>(
            [&](auto done) { credits.setPlan(QStringLiteral("no-such-plan"), std::move(done)); });
        QVERIFY(unknownPlan && !unknownPlan->ok());
        QCOMPARE(unknownPlan->error().status, 400);
        QCOMPARE(unknownPlan->error().code, QStringLiteral("credits_plan_unknown"));
        QVERIFY(!unknownPlan->error().message.isEmpty()); // the hub's English, for logs
        QCOMPARE(unknownPlan->error().text(), hubErrorText(QStringLiteral("credits_plan_unknown")));

        const PeopleApi people{HubApi(&m_admin)};
        const auto tooShort = answer<Agent>([&](auto done) {
            people.createAgent(NewAgent{QStringLiteral("nina"),
                                        QStringLiteral("Nina"),
                                        QStringLiteral("short"),
                                        Role::Agent,
                                        {}},
                               std::move(done));
        });
        QVERIFY(tooShort && !tooShort->ok());
        QCOMPARE(tooShort->error().code, QStringLiteral("agent_password_too_short"));

        // A viewer may look but not change: admin-only routes refuse with 403.
        const PeopleApi asViewer{HubApi(&m_viewer)};
        const auto refused = answer<Done>(
            [&](auto done) { asViewer.addDepartment(QStringLiteral("Support"), std::move(done)); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().status, 403);
        QCOMPARE(refused->error().code, QStringLiteral("forbidden_admin_only"));
    }

    void errorsAreWordedForWhatWasAsked()
    {
        const PredefinedTextsApi texts{HubApi(&m_admin)};
        const auto gone =
            answer<Done>([&](auto done) { texts.remove(Id(987654), std::move(done)); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().status, 404);
        QCOMPARE(gone->error().code, QStringLiteral("not_found"));
        QVERIFY(gone->error().subject == HubSubject::PredefinedText);
        QCOMPARE(gone->error().text(),
                 hubErrorText(QStringLiteral("not_found"), {}, HubSubject::PredefinedText));

        const RecordsApi records{HubApi(&m_admin)};
        const auto noRecord = answer<Record>([&](auto done) {
            records.updateRecord(
                Id(987654), RecordChanges{{{QStringLiteral("Last Name"), QStringLiteral("X")}}, 0},
                std::move(done));
        });
        QVERIFY(noRecord && !noRecord->ok());
        QCOMPARE(noRecord->error().code, QStringLiteral("not_found"));
        QVERIFY(noRecord->error().subject == HubSubject::Record);
        QVERIFY(noRecord->error().text() != gone->error().text());
    }

    void createdEntitiesComeBackTyped()
    {
        const PeopleApi people{HubApi(&m_admin)};
        const auto group = answer<AgentGroup>([&](auto done) {
            people.saveGroup(AgentGroup{0, QStringLiteral("Night shift"), {}}, std::move(done));
        });
        QVERIFY(group && group->ok());
        QVERIFY(group->value().id > 0);
        QCOMPARE(group->value().name, QStringLiteral("Night shift"));
        const auto groups =
            answer<QList<AgentGroup>>([&](auto done) { people.groups(std::move(done)); });
        QVERIFY(groups && groups->ok());
        QCOMPARE(groups->value().size(), 1);
        QCOMPARE(groups->value().first().id, group->value().id);

        const PredefinedTextsApi texts{HubApi(&m_admin)};
        PredefinedText greeting;
        greeting.name = QStringLiteral("Greeting");
        greeting.module = Module::Contacts;
        greeting.body = QStringLiteral("Hello!");
        const auto stored =
            answer<PredefinedText>([&](auto done) { texts.save(greeting, std::move(done)); });
        QVERIFY(stored && stored->ok());
        QVERIFY(stored->value().id > 0);
        QVERIFY(stored->value().module == Module::Contacts);
    }

    // A reply the hub sent but the type does not fit is a typed error too, not a zero value.
    void aReplyOfTheWrongShapeIsABadReply()
    {
        const HubApi api(&m_admin);
        const auto wrong = answer<CreditSummary>([&](auto done) {
            api.get<CreditSummary>(
                QStringLiteral("/agents"), HubSubject::Change,
                [](const QJsonObject &json, CreditSummary *summary, QString *problem) {
                    return fromJson(json, summary, problem);
                },
                std::move(done));
        });
        QVERIFY(wrong && !wrong->ok());
        QCOMPARE(wrong->error().status, 200);
        QCOMPARE(wrong->error().code, QStringLiteral("bad_reply"));
        QVERIFY(wrong->error().message.contains(QStringLiteral("balance")));
    }

    void noHubIsATypedErrorToo()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HubClient nowhere;
        nowhere.setHub(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        nowhere.setToken(QStringLiteral("token"));
        const auto unreachable = answer<CreditSummary>(
            [&](auto done) { CreditsApi(HubApi(&nowhere)).summary(std::move(done)); });
        QVERIFY(unreachable && !unreachable->ok());
        QCOMPARE(unreachable->error().status, 0);
        QVERIFY(unreachable->error().isUnreachable());
        QCOMPARE(unreachable->error().code, QStringLiteral("hub_unreachable"));

        // Without a client at all the answer comes at once, the same way.
        std::optional<HubResult<Done>> immediate;
        PeopleApi(HubApi(nullptr)).removeGroup(1, [&](const HubResult<Done> &r) { immediate = r; });
        QVERIFY(immediate && !immediate->ok());
        QCOMPARE(immediate->error().code, QStringLiteral("hub_unreachable"));
        QCOMPARE(immediate->error().text(),
                 hubErrorText(QStringLiteral("hub_unreachable"), {}, HubSubject::Change));
    }
};

QTEST_GUILESS_MAIN(HubTypedClientTest)
#include "tst_hubtypedclient.moc"
