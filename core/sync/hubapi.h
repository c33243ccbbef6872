#pragma once

#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace parley {

// What a typed hub call answers: the reply's value, or the error with its subject. Exactly one
// of the two is set.
template <typename T> class HubResult {
public:
    HubResult(T value) : m_value(std::move(value)) {}
    HubResult(HubError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const HubError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    HubError m_error;
};

// The reply of a command whose body says nothing beyond "done".
struct Done {};

template <typename T> using HubCallback = std::function<void(const HubResult<T> &)>;

// The base of the desktop's typed calls to the hub's REST API. Each feature has its own small
// class over it (CreditsApi, PeopleApi, ChannelsApi, … in core/sync/<feature>api.h): one
// function per endpoint, its request and reply types in core/protocol/<feature>types.h, so that
// no widget builds a URL or reads a JSON key. A thin value over HubClient (the transport: token,
// 401 handling, timeouts); copy it freely. Without a client every call answers hub_unreachable
// at once. Callbacks run on the client's thread once the hub answered; a caller whose object may
// be gone guards itself (QPointer).
class HubApi {
public:
    explicit HubApi(HubClient *client = nullptr) : m_client(client) {}

    bool isConnected() const { return m_client != nullptr; }
    HubClient *client() const { return m_client; }
    QUrl hubUrl() const { return m_client ? m_client->hub() : QUrl(); }

    // Calls `path` (below /api/v1) and decodes its reply with `decode`: for the feature
    // classes' endpoint functions, never for a widget.
    template <typename T>
    using Decoder = std::function<bool(const QJsonObject &, T *, QString *problem)>;

    template <typename T>
    void get(const QString &path, HubSubject subject, Decoder<T> decode, HubCallback<T> done) const;
    template <typename T>
    void post(const QString &path, const QJsonObject &body, HubSubject subject, Decoder<T> decode,
              HubCallback<T> done) const;
    template <typename T>
    void remove(const QString &path, HubSubject subject, Decoder<T> decode,
                HubCallback<T> done) const;

    // A reply that is not JSON (a CSV export, an image), as the hub sent it.
    void getBytes(const QString &path, HubSubject subject, HubCallback<QByteArray> done) const;

    // The error a failed reply stands for; a 2xx reply the decoder refused is a bad_reply.
    static HubError errorOf(const HubClient::Reply &reply, HubSubject subject);

    // A decoder for replies with nothing to read.
    static bool nothing(const QJsonObject &, Done *, QString *) { return true; }

private:
    template <typename T>
    static HubClient::Callback decoded(HubSubject subject, Decoder<T> decode, HubCallback<T> done);
    template <typename T> void unreachable(HubSubject subject, const HubCallback<T> &done) const;

    QPointer<HubClient> m_client;
};

template <typename T>
HubClient::Callback HubApi::decoded(HubSubject subject, Decoder<T> decode, HubCallback<T> done)
{
    return [subject, decode = std::move(decode),
            done = std::move(done)](const HubClient::Reply &reply) {
        if (!done)
            return;
        if (!reply.ok())
            return done(HubResult<T>(errorOf(reply, subject)));
        T value{};
        QString problem;
        if (!decode(reply.json, &value, &problem))
            return done(HubResult<T>(
                HubError{reply.status, QStringLiteral("bad_reply"), problem, subject}));
        done(HubResult<T>(std::move(value)));
    };
}

template <typename T> void HubApi::unreachable(HubSubject subject, const HubCallback<T> &done) const
{
    if (done)
        done(HubResult<T>(HubError{0, QStringLiteral("hub_unreachable"), {}, subject}));
}

template <typename T>
void HubApi::get(const QString &path, HubSubject subject, Decoder<T> decode,
                 HubCallback<T> done) const
{
    if (!m_client)
        return unreachable(subject, done);
    m_client->get(QStringLiteral("/api/v1") + path,
                  decoded<T>(subject, std::move(decode), std::move(done)));
}

template <typename T>
void HubApi::post(const QString &path, const QJsonObject &body, HubSubject subject,
                  Decoder<T> decode, HubCallback<T> done) const
{
    if (!m_client)
        return unreachable(subject, done);
    m_client->post(QStringLiteral("/api/v1") + path, body,
                   decoded<T>(subject, std::move(decode), std::move(done)));
}

template <typename T>
void HubApi::remove(const QString &path, HubSubject subject, Decoder<T> decode,
                    HubCallback<T> done) const
{
    if (!m_client)
        return unreachable(subject, done);
    m_client->remove(QStringLiteral("/api/v1") + path,
                     decoded<T>(subject, std::move(decode), std::move(done)));
}

} // namespace parley
