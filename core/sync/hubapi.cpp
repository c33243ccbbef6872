#include "core/sync/hubapi.h"

namespace parley {

HubError HubApi::errorOf(const HubClient::Reply &reply, HubSubject subject)
{
    // HubClient already turned a reply without the hub's error body into hub_unreachable or
    // http_<status>.
    return HubError{reply.status, reply.error.code, reply.error.message, subject};
}

void HubApi::getBytes(const QString &path, HubSubject subject, HubCallback<QByteArray> done) const
{
    if (!m_client)
        return unreachable(subject, done);
    m_client->get(QStringLiteral("/api/v1") + path,
                  [subject, done = std::move(done)](const HubClient::Reply &reply) {
                      if (!done)
                          return;
                      if (!reply.ok())
                          return done(HubResult<QByteArray>(errorOf(reply, subject)));
                      done(HubResult<QByteArray>(reply.body));
                  });
}

} // namespace parley
