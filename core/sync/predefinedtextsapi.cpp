#include "core/sync/predefinedtextsapi.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"

namespace parley {

void PredefinedTextsApi::save(const PredefinedText &text, HubCallback<PredefinedText> done) const
{
    // The request is the entity's shape without its id and times.
    const QJsonObject stored = toJson(text);
    const QJsonObject request{{QStringLiteral("name"), stored.value(QStringLiteral("name"))},
                              {QStringLiteral("module"), stored.value(QStringLiteral("module"))},
                              {QStringLiteral("body"), stored.value(QStringLiteral("body"))}};
    m_api.post<PredefinedText>(text.id == 0 ? QStringLiteral("/predefined-texts")
                                            : QStringLiteral("/predefined-texts/%1").arg(text.id),
                               request, HubSubject::PredefinedText,
                               entityDecoder<PredefinedText>(QStringLiteral("predefined_text")),
                               std::move(done));
}

void PredefinedTextsApi::remove(Id textId, HubCallback<Done> done) const
{
    m_api.remove<Done>(QStringLiteral("/predefined-texts/%1").arg(textId),
                       HubSubject::PredefinedText, &HubApi::nothing, std::move(done));
}

} // namespace parley
