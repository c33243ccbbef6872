#pragma once

#include "core/domain/ids.h"

#include <QString>
#include <QVariantMap>

namespace parley {

// R9.3: the CRM modules whose records chats attach to and merge fields read.
enum class Module { Leads, Contacts, Companies, Deals };

QString moduleName(Module module);
bool moduleFromName(const QString &name, Module *module);

// The fields each module offers, by their display names as merge fields use them
// ("$[Leads.First Name]"). Records keep their values in a map so that a team can add fields.
QStringList moduleFields(Module module);

// The number a person's record is reached on (automations send to it, the hub looks customers up
// by it): its Mobile, else its Phone, trimmed; empty when it has neither.
QString recordNumber(const QVariantMap &fields);

struct Record {
    Id id = 0;
    Module module = Module::Leads;
    Id ownerId = 0;
    QVariantMap fields; // "First Name" → "Ana"
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0;

    QString field(const QString &name) const { return fields.value(name).toString(); }
};

} // namespace parley
