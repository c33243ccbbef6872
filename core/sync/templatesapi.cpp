#include "core/sync/templatesapi.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"
#include "core/protocol/templatecomponentcodec.h"

#include <QJsonArray>

namespace parley {

void TemplatesApi::submit(const MessageTemplate &t, const QStringList &examples,
                          HubCallback<MessageTemplate> done) const
{
    QJsonObject body{{QStringLiteral("name"), t.name},
                     {QStringLiteral("language"), t.language},
                     {QStringLiteral("category"), templateCategoryName(t.category)},
                     {QStringLiteral("module"), moduleName(t.module)},
                     {QStringLiteral("body"), t.body},
                     {QStringLiteral("examples"), QJsonArray::fromStringList(examples)}};
    writeTemplateComponents(t, &body);
    if (t.channelId != 0)
        body.insert(QStringLiteral("channel_id"), t.channelId);
    m_api.post<MessageTemplate>(
        t.id != 0 ? QStringLiteral("/templates/%1").arg(t.id) : QStringLiteral("/templates"), body,
        HubSubject::Change, entityDecoder<MessageTemplate>(QStringLiteral("template")),
        std::move(done));
}

} // namespace parley

namespace parley {

void TemplatesApi::remove(Id templateId, HubCallback<Done> done) const
{
    m_api.remove<Done>(QStringLiteral("/templates/%1").arg(templateId), HubSubject::Change,
                       &HubApi::nothing, std::move(done));
}

} // namespace parley
