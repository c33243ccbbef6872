#pragma once

// Bounded webhook loads for the tests of several hubs and their faults: signed webhooks (the
// fixture message_text.json with its wamid replaced) posted to hubs or to a proxy in front.

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace parley::testing {

class HubProcess;

// The signed webhook of one customer text message with `wamid`, for the test channel
// (phone-number id 106540352242922) whose app secret is `appSecret`.
QNetworkReply *postWebhook(QNetworkAccessManager &manager, const QUrl &url,
                           const QByteArray &appSecret, const QByteArray &wamid);

// One signed webhook carrying `count` text messages (wamids `prefix` + 0, 1, …) from the
// customer `from`, as Meta batches them: the hub stores them all in one transaction.
QNetworkReply *postBatchWebhook(QNetworkAccessManager &manager, const QUrl &url,
                                const QByteArray &appSecret, const QByteArray &prefix, int count,
                                const QString &from);

struct LoadResult {
    QSet<QByteArray> acknowledged; // answered 200
    QSet<QByteArray> refused;      // answered otherwise, or not at all
    QList<int> statuses;           // of every answer, in order (0: no answer)
};

// `total` webhooks (wamids `prefix` + 0, 1, …) to `urls` in turn, `parallel` at a time.
// `onAnswer` sees the result after each answer (a fault can be caused from there);
// `whileWaiting` runs every few milliseconds meanwhile. Ends when all are answered, when no answer
// came for a minute, or after ten minutes in all.
// "600 answers: 200 × 559, 503 × 41": what a failed expectation on a load prints.
QString describeStatuses(const LoadResult &result);

LoadResult postLoad(const QList<QUrl> &urls, const QByteArray &appSecret, const QByteArray &prefix,
                    int total, int parallel,
                    const std::function<void(const LoadResult &)> &onAnswer = {},
                    const std::function<void()> &whileWaiting = {});

// Two hubs on one PostgreSQL store: `first` gets the admin "ana" (password "ana-password") and
// the test channel with `appSecret` (its Graph unreachable), `second` shares its store; both
// started. False, with the log of the one that failed, otherwise.
bool startHubPair(HubProcess &first, HubProcess &second, const QByteArray &appSecret);

// A counter or gauge of the hub's /metrics; -1 when missing.
qint64 hubMetric(HubProcess &hub, const QByteArray &name);

} // namespace parley::testing
