#pragma once

#include "hubprocess.h"

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace parley::bench {

// The Meta-side identity of the one channel every benchmark hub serves.
struct BenchChannel {
    static constexpr char wabaId[] = "102290129340398";
    static constexpr char phoneNumberId[] = "106540352242922";
    static constexpr char displayNumber[] = "15550783881";
    static constexpr char appSecret[] = "bench-app-secret";
};

// A real parley-hub on a fresh data folder, listening on a free loopback port. The channel and
// agents are made with the hub's own CLI before it starts (testing::HubProcess's helpers), but
// the server is started here with --quiet: HubProcess runs it with a JSON log line per request
// on stderr, and that formatting and piping would be timed along with the hub. Loopback is its
// trusted proxy, so that login() can come from many client addresses (X-Forwarded-For).
class HubInstance {
public:
    HubInstance();
    ~HubInstance();
    HubInstance(const HubInstance &) = delete;
    HubInstance &operator=(const HubInstance &) = delete;

    bool addChannel();
    // PostgreSQL: this hub is a second instance on `first`'s store (its channel and agents).
    bool shareStoreOf(const HubInstance &first) { return m_cli.shareStoreOf(first.m_cli); }
    bool addAgent(const QString &login, const QString &password);
    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    // The hub's data folder, for writing a store before start() (the first-sync benchmark).
    QString dataDir() const { return m_cli.dataDir(); }
    QUrl url(const QString &pathAndQuery) const;
    QString login(const QString &login, const QString &password);
    testing::HttpReply get(const QString &pathAndQuery, const QString &token);
    // The seq to stream from to see only what happens from now on.
    qint64 currentSeq(const QString &token);
    // The server's user + system CPU time so far (Linux /proc): divided by the work done, a
    // figure that the other programs on a shared machine do not change.
    double cpuSeconds() const;
    // Each thread's (by its id), so that a figure can name the busiest: the store's thread
    // bounds the rate on its own core.
    QHash<qint64, double> threadCpuSeconds() const;
    // The hub's group commits so far and the webhooks they acknowledged (/metrics): how many
    // webhooks shared each synchronous=FULL flush.
    struct GroupCommits {
        qint64 commits = 0;
        qint64 webhooks = 0;
    };
    GroupCommits groupCommits();

private:
    testing::HubProcess m_cli; // never started: its data folder and CLI helpers only
    QProcess m_server;
    QByteArray m_stderr;
    quint16 m_port = 0;
    int m_logins = 0;
};

} // namespace parley::bench
