// POST /api/v1/login against the real parley-hub: an unknown login costs the same password check
// as a wrong password, failures are limited per login and per address (429 + Retry-After), and
// password checks, and the hashes of passwords admins set, run off the event loop, so the hub
// answers other requests meanwhile. Tests that only count attempts start the hub with the
// cheapest Argon2id (--insecure-fast-password-hashing); those about the cost or the event loop
// keep the real one.
#include "apierror.h"
#include "hubprocess.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace parley::testing;

namespace {

// A request written on its own connection; the answer's status line is read as it comes.
class RawCall {
public:
    RawCall(const QUrl &url, const QByteArray &request)
    {
        m_socket.connectToHost(url.host(), quint16(url.port()));
        m_socket.waitForConnected(5000);
        m_socket.write(request);
        m_socket.flush();
    }
    // Reads what has arrived; true once the status line is complete.
    bool answered()
    {
        m_answer += m_socket.readAll();
        return m_answer.contains("\r\n");
    }
    int status() const { return m_answer.split(' ').value(1).toInt(); }

private:
    QTcpSocket m_socket;
    QByteArray m_answer;
};

QByteArray loginRequest(const QUrl &hub, const QString &login, const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{"login", login}, {"password", password}}).toJson();
    return "POST /api/v1/login HTTP/1.1\r\nHost: " + hub.authority().toLatin1() +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray header(const HttpReply &reply, const QByteArray &name)
{
    for (const auto &pair : reply.headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

// How many of `calls` have their answer's status line.
int answered(const std::vector<std::unique_ptr<RawCall>> &calls)
{
    int count = 0;
    for (const auto &call : calls)
        count += call->answered() ? 1 : 0;
    return count;
}

} // namespace

class HubLoginTest : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { m_hub.reset(); }

    void anUnknownLoginCostsTheSamePasswordCheckAsAWrongPassword()
    {
        QVERIFY(startHub(Hashing::Real));
        const qint64 before = metric("parley_password_checks_total");
        QVERIFY(before >= 0);
        const HttpReply unknown = login(QStringLiteral("nobody"), QStringLiteral("guess-guess"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(metric("parley_password_checks_total"), before + 1);
        const HttpReply wrong = login(QStringLiteral("bo"), QStringLiteral("guess-guess"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(metric("parley_password_checks_total"), before + 2);
        QCOMPARE(unknown.body, wrong.body);
        QCOMPARE(login(QStringLiteral("bo"), QStringLiteral("bo-password")).status, 200);
        QCOMPARE(metric("parley_password_checks_total"), before + 3);
    }

    void aLoginIsRefusedAfterTenFailuresAndASuccessClearsThem()
    {
        QVERIFY(startHub(Hashing::Fast));
        for (int i = 0; i < 9; ++i)
            QCOMPARE(login(QStringLiteral("bo"), QStringLiteral("guess-%1").arg(i)).status, 401);
        // The right password before the tenth failure: the count starts again.
        QCOMPARE(login(QStringLiteral("bo"), QStringLiteral("bo-password")).status, 200);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(login(QStringLiteral("bo"), QStringLiteral("guess-%1").arg(i)).status, 401);
        const qint64 checks = metric("parley_password_checks_total");
        // Now even the right password is refused, before any check is made.
        const HttpReply refused = login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QStringLiteral("login_rate_limited"));
        const int retryAfter = header(refused, "Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 15 * 60, header(refused, "Retry-After"));
        QCOMPARE(metric("parley_password_checks_total"), checks);
        QCOMPARE(metric("parley_logins_rate_limited_total"), 1);
        // Another agent is not locked out by bo's failures.
        QCOMPARE(login(QStringLiteral("vi"), QStringLiteral("vi-password")).status, 200);
    }

    void oneAddressMayTryThirtyTimesAMinute()
    {
        QVERIFY(startHub(Hashing::Fast));
        for (int i = 0; i < 30; ++i)
            QCOMPARE(login(QStringLiteral("ghost%1").arg(i), QStringLiteral("guess")).status, 401);
        const HttpReply refused = login(QStringLiteral("vi"), QStringLiteral("vi-password"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QStringLiteral("login_rate_limited"));
        const int retryAfter = header(refused, "Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, header(refused, "Retry-After"));
    }

    void behindATrustedProxyTheForwardedClientIsCounted()
    {
        QVERIFY(startHub(Hashing::Fast,
                         {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        // The proxy appends the client it saw; what the client put before it is its own claim.
        const auto from = [](const QByteArray &chain) {
            return Headers{{"X-Forwarded-For", chain}};
        };
        for (int i = 0; i < 30; ++i)
            QCOMPARE(m_hub
                         ->post(QStringLiteral("/api/v1/login"),
                                {{"login", QStringLiteral("ghost%1").arg(i)}, {"password", "x"}},
                                {},
                                from(QByteArray("10.0.0.") + QByteArray::number(i) + ", 192.0.2.7"))
                         .status,
                     401);
        QCOMPARE(m_hub
                     ->post(QStringLiteral("/api/v1/login"),
                            {{"login", "vi"}, {"password", "vi-password"}}, {},
                            from("10.9.9.9, 192.0.2.7"))
                     .status,
                 429);
        // Another client behind the same proxy has its own budget.
        QCOMPARE(m_hub
                     ->post(QStringLiteral("/api/v1/login"),
                            {{"login", "vi"}, {"password", "vi-password"}}, {}, from("192.0.2.8"))
                     .status,
                 200);
    }

    void healthzAnswersWhileLoginsAreBeingChecked()
    {
        // Unknown logins: each costs a check of the hub's real dummy hash.
        QVERIFY(startHub(Hashing::Real, Hashing::Fast));
        constexpr int logins = 20;
        std::vector<std::unique_ptr<RawCall>> calls;
        for (int i = 0; i < logins; ++i)
            calls.push_back(std::make_unique<RawCall>(
                m_hub->url(), loginRequest(m_hub->url(), QStringLiteral("load%1").arg(i),
                                           QStringLiteral("guess"))));
        RawCall health(m_hub->url(), healthRequest(m_hub->url()));
        QTRY_VERIFY_WITH_TIMEOUT(health.answered(), 30000);
        QCOMPARE(health.status(), 200);
        // Checked on worker threads: /healthz did not wait for all twenty password checks.
        QVERIFY2(answered(calls) < logins, "every login was answered before /healthz");
        QTRY_COMPARE_WITH_TIMEOUT(answered(calls), logins, 60000);
        for (const auto &call : calls)
            QCOMPARE(call->status(), 401);
    }

    // POST /api/v1/agents/ID with a password hashes it off the event loop too, and the changes
    // are stored in the order they were asked for.
    void healthzAnswersWhilePasswordsAreChanged()
    {
        // The hub hashes the new passwords at the real cost.
        QVERIFY(startHub(Hashing::Real, Hashing::Fast));
        const QString admin = m_hub->login(QStringLiteral("ad"), QStringLiteral("ad-password"));
        QVERIFY(!admin.isEmpty());
        qint64 bo = 0;
        for (const QJsonValue &agent :
             m_hub->getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), admin)) {
            if (agent[QStringLiteral("login")] == QStringLiteral("bo"))
                bo = agent[QStringLiteral("id")].toInteger();
        }
        QVERIFY(bo > 0);
        constexpr int changes = 10;
        std::vector<std::unique_ptr<RawCall>> calls;
        for (int i = 0; i < changes; ++i) {
            // Each change is sent once /healthz has answered after the one before, so the hub
            // has read them in this order (a connection's request is read before a later one's).
            RawCall health(m_hub->url(), healthRequest(m_hub->url()));
            QTRY_VERIFY_WITH_TIMEOUT(health.answered(), 30000);
            QCOMPARE(health.status(), 200);
            calls.push_back(passwordChange(bo, admin, newPassword(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered(calls), changes, 60000);
        for (const auto &call : calls)
            QCOMPARE(call->status(), 200);
        // The last change asked for is the one stored, whichever hash finished last.
        QCOMPARE(login(QStringLiteral("bo"), newPassword(changes - 1)).status, 200);
        QCOMPARE(login(QStringLiteral("bo"), newPassword(changes - 2)).status, 401);

        // Hashed on worker threads: /healthz, asked right after a burst of changes, does not
        // wait for their hashes. A burst (as the logins above), not the ordered changes: those
        // wait for /healthz in turn, and on a busy machine their hashes could all be done
        // before the last /healthz, whatever thread hashed them.
        constexpr int burst = 20;
        std::vector<std::unique_ptr<RawCall>> burstCalls;
        for (int i = 0; i < burst; ++i)
            burstCalls.push_back(passwordChange(bo, admin, newPassword(changes - 1)));
        RawCall health(m_hub->url(), healthRequest(m_hub->url()));
        QTRY_VERIFY_WITH_TIMEOUT(health.answered(), 30000);
        QCOMPARE(health.status(), 200);
        QVERIFY2(answered(burstCalls) < burst,
                 "every password change was answered before /healthz");
        QTRY_COMPARE_WITH_TIMEOUT(answered(burstCalls), burst, 60000);
        for (const auto &call : burstCalls)
            QCOMPARE(call->status(), 200);
        QCOMPARE(login(QStringLiteral("bo"), newPassword(changes - 1)).status, 200);
    }

private:
    enum class Hashing { Real, Fast };

    // A fresh hub for each test (the limits count every attempt from this test's address), with
    // an admin, an agent and a viewer. `hub`: the cost of the hashes the hub makes (the dummy
    // hash of unknown logins, admins' new passwords); `stored`: of the three agents' hashes.
    bool startHub(Hashing hub, const QStringList &serveArguments = {})
    {
        return startHub(hub, hub, serveArguments);
    }
    bool startHub(Hashing hub, Hashing stored, const QStringList &serveArguments = {})
    {
        m_hub = std::make_unique<HubProcess>();
        m_hub->setFastPasswordHashing(stored == Hashing::Fast);
        m_hub->setServeArguments(serveArguments);
        if (!m_hub->addAgent(QStringLiteral("ad"), QStringLiteral("admin"),
                             QStringLiteral("ad-password")) ||
            !m_hub->addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                             QStringLiteral("bo-password")) ||
            !m_hub->addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                             QStringLiteral("vi-password")))
            return false;
        m_hub->setFastPasswordHashing(hub == Hashing::Fast);
        if (m_hub->start())
            return true;
        qWarning("%s", m_hub->log().constData());
        return false;
    }

    static QString newPassword(int i) { return QStringLiteral("new-password-%1").arg(i); }

    // POST /api/v1/agents/ID setting the agent's password, sent at once on a connection of its own.
    std::unique_ptr<RawCall> passwordChange(qint64 agent, const QString &admin,
                                            const QString &password) const
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{"password", password}}).toJson(QJsonDocument::Compact);
        return std::make_unique<RawCall>(
            m_hub->url(), "POST /api/v1/agents/" + QByteArray::number(agent) +
                              " HTTP/1.1\r\nHost: " + m_hub->url().authority().toLatin1() +
                              "\r\nAuthorization: Bearer " + admin.toLatin1() +
                              "\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    static QByteArray healthRequest(const QUrl &hub)
    {
        return "GET /healthz HTTP/1.1\r\nHost: " + hub.authority().toLatin1() + "\r\n\r\n";
    }

    HttpReply login(const QString &name, const QString &password)
    {
        return m_hub->post(QStringLiteral("/api/v1/login"),
                           {{"login", name}, {"password", password}});
    }

    qint64 metric(const char *name)
    {
        const QList<QByteArray> lines = m_hub->get(QStringLiteral("/metrics")).body.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(QByteArray(name) + ' '))
                return line.mid(qstrlen(name) + 1).toLongLong();
        }
        return -1;
    }

    std::unique_ptr<HubProcess> m_hub;
};

QTEST_MAIN(HubLoginTest)
#include "tst_hublogin.moc"
