#include "core/protocol/csattypes.h"

#include "core/protocol/jsonreader.h"

namespace parley {

QJsonObject toJson(const CsatSetting &setting)
{
    return {{QStringLiteral("channel_id"), setting.channelId},
            {QStringLiteral("template_id"), setting.templateId}};
}

bool fromJson(const QJsonObject &json, CsatSetting *setting, QString *error)
{
    JsonReader r(json);
    setting->channelId = r.id(QStringLiteral("channel_id"), true);
    setting->templateId = r.id(QStringLiteral("template_id"), true);
    return finish(r, error);
}

} // namespace parley
