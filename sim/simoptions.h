#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace parley::sim {

// How long the simulated customer's phone takes for each step after Graph accepted a send.
// Each step waits a random time in [min, max] after the previous one; fixed delays (tests) set
// min == max.
struct StatusDelays {
    int sentMinMs = 200;
    int sentMaxMs = 500;
    int deliveredMinMs = 500;
    int deliveredMaxMs = 1500;
    int readMinMs = 2000;
    int readMaxMs = 6000;
};

// Meta retries an unacknowledged webhook "immediately, then a few more times with decreasing
// frequency" for 7 days: here immediately, then base, 2·base, 4·base … up to cap, until giveUp.
struct WebhookRetry {
    int baseMs = 1000;
    int capMs = 60 * 1000;
    qint64 giveUpMs = 7LL * 24 * 60 * 60 * 1000;
    int timeoutMs = 15 * 1000; // a receiver that does not answer counts as a failure
};

struct SimOptions {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    QString webhookUrl;
    QString appSecret;
    QString accessToken;
    QString wabaId;
    QString phoneNumberId;
    QString displayNumber;
    QString verifiedName = QStringLiteral("Parley Demo Store");

    StatusDelays statusDelays;
    WebhookRetry webhookRetry;
    int templateReviewMinMs = 3000;
    int templateReviewMaxMs = 8000;

    bool demoScenario = false;
    std::optional<quint32> seed; // the demo's choices repeat with the same seed
    int demoMinIntervalMs = 2000;
    int demoMaxIntervalMs = 5000;

    bool logRequests = true;

    // --fast: every delay short enough for a test suite, still in the real order.
    void useFastTimings()
    {
        statusDelays = {50, 50, 100, 100, 150, 150};
        webhookRetry.baseMs = 100;
        webhookRetry.capMs = 1000;
        webhookRetry.timeoutMs = 5000;
        templateReviewMinMs = templateReviewMaxMs = 300;
    }
};

} // namespace parley::sim
