#include "core/domain/recordlinks.h"

namespace parley {

QString linkField(Module target)
{
    switch (target) {
    case Module::Leads:
        return QStringLiteral("Lead Id");
    case Module::Contacts:
        return QStringLiteral("Contact Id");
    case Module::Companies:
        return QStringLiteral("Company Id");
    case Module::Deals:
        break;
    }
    return {};
}

std::optional<Module> linkTarget(const QString &fieldName)
{
    for (Module module : {Module::Leads, Module::Contacts, Module::Companies}) {
        if (fieldName == linkField(module))
            return module;
    }
    return std::nullopt;
}

bool isLinkField(const QString &fieldName)
{
    return linkTarget(fieldName).has_value();
}

Id linkedId(const Record &record, Module target)
{
    const QString field = linkField(target);
    if (field.isEmpty())
        return 0;
    bool ok = false;
    const Id id = record.fields.value(field).toString().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace parley
