#include "core/sync/csatapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void CsatApi::settings(HubCallback<QList<CsatSetting>> done) const
{
    m_api.get<QList<CsatSetting>>(QStringLiteral("/csat/settings"), HubSubject::Change,
                                  listDecoder<CsatSetting>(QStringLiteral("settings")),
                                  std::move(done));
}

void CsatApi::save(const CsatSetting &setting, HubCallback<CsatSetting> done) const
{
    m_api.post<CsatSetting>(QStringLiteral("/csat/settings"), toJson(setting), HubSubject::Change,
                            entityDecoder<CsatSetting>(QStringLiteral("setting")), std::move(done));
}

} // namespace parley
