#pragma once

#include "core/domain/ids.h"

#include <QJsonObject>

namespace parley {

// One CSAT survey setting (docs/api.md "CSAT surveys", issue #14 item 5): the approved template
// sent when a conversation of `channelId` is closed; channel 0 is every channel without its own;
// template 0 turns the setting off (a channel then follows every channel's).
struct CsatSetting {
    Id channelId = 0;
    Id templateId = 0;
};
// toJson writes the request of POST /api/v1/csat/settings.
QJsonObject toJson(const CsatSetting &setting);
bool fromJson(const QJsonObject &json, CsatSetting *setting, QString *error);

} // namespace parley
