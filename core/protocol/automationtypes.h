#pragma once

#include "core/domain/record.h"

#include <QJsonObject>

namespace parley {

// An automation (docs/api.md "Automations", R7.4): when a record of `module` is created, send
// it `templateId` from `channelId`.
struct Automation {
    Id id = 0;
    Module module = Module::Leads;
    Id templateId = 0;
    Id channelId = 0;
    Id createdBy = 0;
    TimestampMs createdAt = 0;
    qint64 sentCount = 0;
    TimestampMs lastRunAt = 0; // 0 before the first run
    QString lastError;         // the last run's error code; empty when it sent
};
// toJson writes the request of POST /api/v1/automations (module, template, channel).
QJsonObject toJson(const Automation &automation);
bool fromJson(const QJsonObject &json, Automation *automation, QString *error);

} // namespace parley
